# Reference numbers for test/golden/crosstab.test.ts (R survey 4.1.1). Run: Rscript test/golden/r/derive-crosstabs.R
suppressMessages(library(survey))
data(api)
show <- function(label, x) cat(sprintf("%-58s %s\n", label, paste(format(x, digits = 10), collapse = " ")))
test <- function(label, f, d) {
  a <- svychisq(f, d); b <- svychisq(f, d, statistic = "Chisq")
  show(paste(label, "F ndf ddf p"), c(a$statistic, a$parameter, a$p.value))
  show(paste(label, "X2 p(Chisq)"), c(b$statistic, b$p.value))
}
dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc)
dclus2 <- svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2)
test("dclus1 ~sch.wide+stype", ~sch.wide + stype, dclus1)
test("dstrat ~sch.wide+stype", ~sch.wide + stype, dstrat)
test("dstrat ~stype+awards", ~stype + awards, dstrat)
test("dclus2 ~sch.wide+stype", ~sch.wide + stype, dclus2)
test("dclus1 subset(enroll > 400) ~sch.wide+stype", ~sch.wide + stype, subset(dclus1, enroll > 400))
# Cell, row and column percentages with SEs (dclus1, rows sch.wide, cols stype).
cell <- svymean(~interaction(sch.wide, stype), dclus1)
show("dclus1 cell % (No.E Yes.E No.H Yes.H No.M Yes.M)", 100 * coef(cell)); show("  se", 100 * SE(cell))
row <- svyby(~stype, ~sch.wide, dclus1, svymean)
show("dclus1 row % No: E H M; Yes: E H M", 100 * c(t(coef(row, ))[1:6])); show("  se", 100 * as.vector(t(SE(row))))
col <- svyby(~sch.wide, ~stype, dclus1, svymean)
show("dclus1 col % E: No Yes; H: No Yes; M: No Yes", 100 * as.vector(t(as.matrix(col[, 2:3])))); show("  se", 100 * as.vector(t(as.matrix(col[, 4:5]))))
# Replicate-weight designs.
jk1 <- as.svrepdesign(dclus1, type = "JK1")
test("as.svrepdesign(dclus1, JK1) ~sch.wide+stype", ~sch.wide + stype, jk1)
show("  cell % se (No.E Yes.E No.H Yes.H No.M Yes.M)", 100 * SE(svymean(~interaction(sch.wide, stype), jk1)))
boot <- read.csv("test/fixtures/apiclus1-boot.csv")
sch <- apiclus1$sch.wide; boot$sch.wide <- sch
bd <- svrepdesign(data = boot, repweights = "bw[0-9]+", weights = ~pw, type = "bootstrap", combined.weights = TRUE, scale = 15 / (14 * 39))
test("bootstrap file ~sch.wide+stype", ~sch.wide + stype, bd)
show("svyby(~stype, ~sch.wide, jk1, svymean) se % (No: E H M; Yes: E H M)", 100 * as.vector(t(SE(svyby(~stype, ~sch.wide, jk1, svymean)))))
lone <- read.csv("test/fixtures/apistrat-lonely.csv")
for (rule in c("adjust", "average", "certainty")) {
  options(survey.lonely.psu = rule)
  test(paste0("lonely=", rule, " svychisq(~sch.wide + awards, apistrat-lonely)"), ~sch.wide + awards, svydesign(id = ~1, strata = ~stype, weights = ~pw, data = lone))
}
options(survey.lonely.psu = "fail")
