# Reference numbers for test/golden/designs.test.ts (R survey 4.1.1). Run: Rscript test/golden/r/derive-designs.R
# Writes the fixtures it needs (apiclus2.csv, the replicate-weight files) and prints every number the tests pin.
suppressMessages(library(survey))
data(api)
fx <- "test/fixtures"
write.csv(apiclus2, file.path(fx, "apiclus2.csv"), row.names = FALSE, na = "NA")
show <- function(label, x) cat(sprintf("%-60s %s\n", label, paste(format(x, digits = 10), collapse = " ")))
est <- function(label, e) { show(paste(label, "est"), coef(e)); show(paste(label, "se"), SE(e)) }

# Two-stage cluster sample with fpc at both stages; weights come from the fpc.
dclus2 <- svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2)
est("dclus2 svymean(~api00)", svymean(~api00, dclus2))
est("dclus2 svytotal(~enroll, na.rm)", svytotal(~enroll, dclus2, na.rm = TRUE))
est("dclus2 svyratio(~api00, ~api99)", svyratio(~api00, ~api99, dclus2))
est("dclus2 svyby(~api00, ~stype, svymean)", svyby(~api00, ~stype, dclus2, svymean))
show("dclus2 degf", degf(dclus2))
# Same sample, ultimate-cluster variance (weights, no fpc).
dclus2u <- svydesign(id = ~dnum + snum, weights = ~pw, data = apiclus2)
est("dclus2 ultimate svymean(~api00)", svymean(~api00, dclus2u))

# A lonely stratum: apistrat with one school moved to its own stratum "X".
lone <- apistrat; lone$stype <- as.character(lone$stype); lone$stype[1] <- "X"
write.csv(lone, file.path(fx, "apistrat-lonely.csv"), row.names = FALSE, na = "NA")
for (rule in c("certainty", "remove", "adjust", "average")) {
  options(survey.lonely.psu = rule)
  d <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = lone)
  est(paste0("lonely=", rule, " svymean(~api00)"), svymean(~api00, d))
  est(paste0("lonely=", rule, " svytotal(~enroll)"), svytotal(~enroll, d))
}
options(survey.lonely.psu = "fail")

# Replicate designs converted from Taylor designs (as.svrepdesign), and replicate weights read back from a file.
dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc)
jk1 <- as.svrepdesign(dclus1, type = "JK1")
est("as.svrepdesign(dclus1, JK1) svymean(~api00)", svymean(~api00, jk1))
est("as.svrepdesign(dclus1, JK1) svytotal(~enroll)", svytotal(~enroll, jk1))
show("as.svrepdesign(dclus1, JK1) degf", degf(jk1))
jk1m <- as.svrepdesign(dclus1, type = "JK1", mse = TRUE)
est("as.svrepdesign(dclus1, JK1, mse) svyratio(~api.stu, ~enroll)", svyratio(~api.stu, ~enroll, jk1m))
jkn <- as.svrepdesign(svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat), type = "JKn")
est("as.svrepdesign(dstrat no fpc, JKn) svymean(~api00)", svymean(~api00, jkn))
est("as.svrepdesign(dstrat no fpc, JKn) svyby(~api00, ~sch.wide)", svyby(~api00, ~sch.wide, jkn, svymean))

# BRR / Fay: two PSUs per stratum; the replicate weights go to a file and are read back as combined weights.
set.seed(20261128)
pairs <- do.call(rbind, lapply(1:6, function(h) data.frame(h = h, psu = rep(1:2, each = 5), w = 20 + h,
  y = round(rnorm(10, 50 + 3 * h, 10), 1), yes = rbinom(10, 1, 0.4))))
for (tp in c("BRR", "Fay")) {
  d <- svydesign(id = ~psu, strata = ~h, weights = ~w, data = pairs, nest = TRUE)
  r <- if (tp == "BRR") as.svrepdesign(d, type = "BRR") else as.svrepdesign(d, type = "Fay", fay.rho = 0.3)
  rw <- weights(r, "analysis"); colnames(rw) <- sprintf("rw%02d", seq_len(ncol(rw)))
  write.csv(cbind(pairs, rw), file.path(fx, paste0("pairs-", tolower(tp), ".csv")), row.names = FALSE)
  est(paste(tp, "svymean(~y)"), svymean(~y, r))
  est(paste(tp, "svymean(~yes)"), svymean(~yes, r))
}
b <- as.svrepdesign(dclus1, type = "bootstrap", replicates = 40)
rw <- weights(b, "analysis"); colnames(rw) <- sprintf("bw%02d", seq_len(ncol(rw)))
write.csv(cbind(apiclus1[, c("dnum", "pw", "api00", "enroll", "stype", "sch.wide")], rw), file.path(fx, "apiclus1-boot.csv"), row.names = FALSE)
est("bootstrap(40) svymean(~api00)", svymean(~api00, b))
est("bootstrap(40) svytotal(~enroll)", svytotal(~enroll, b))
show("bootstrap(40) degf", degf(b))
bd <- svrepdesign(data = read.csv(file.path(fx, "apiclus1-boot.csv")), repweights = "bw[0-9]+", weights = ~pw,
  type = "bootstrap", combined.weights = TRUE, scale = 15 / (14 * 39))
est("bootstrap file svyby(~api00, ~stype, svymean)", svyby(~api00, ~stype, bd, svymean))
est("bootstrap file svymean(~api00, subset(sch.wide == 'Yes'))", svymean(~api00, subset(bd, sch.wide == "Yes")))
