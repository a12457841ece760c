# Reference numbers for test/golden/crosstab-domains.test.ts (R survey 4.1.1): svychisq in domains that lack a level
# of the whole table, and tests R cannot define. Data read from the fixture CSVs (text columns, as the tool reads
# them, so a domain keeps only the levels present). Run: Rscript test/golden/r/derive-crosstab-domains.R
suppressMessages(library(survey))
cat3 <- function(x, a, b) ifelse(x < a, "a", ifelse(x < b, "b", "c"))
apiclus1 <- read.csv("test/fixtures/apiclus1.csv")
apistrat <- read.csv("test/fixtures/apistrat.csv")
for (d in c("apiclus1", "apistrat")) {
  x <- get(d)
  x$mealcat <- cat3(x$meals, 30, 60)
  x$ellcat <- cat3(x$ell, 10, 30)
  assign(d, x)
}
apistrat$nh <- ave(apistrat$pw, apistrat$stype, FUN = length)
dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc)
jk1 <- as.svrepdesign(dclus1, type = "JK1")
jkn <- as.svrepdesign(dstrat, type = "JKn")
boot <- svrepdesign(data = read.csv("test/fixtures/apiclus1-boot.csv"), repweights = "bw[0-9]+", weights = ~pw,
  type = "bootstrap", combined.weights = TRUE, scale = 15 / (14 * 39))
# Every stratum taken whole: no sampling variance at all.
census <- svydesign(id = ~1, strata = ~stype, data = apistrat, fpc = ~nh)
show <- function(label, x) cat(sprintf("%-62s %s\n", label, paste(format(x, digits = 12), collapse = " ")))
test <- function(label, f, d) {
  a <- try(svychisq(f, d), silent = TRUE)
  if (inherits(a, "try-error")) return(cat(sprintf("%-62s error: %s", label, a)))
  b <- svychisq(f, d, statistic = "Chisq")
  show(paste(label, "F ndf ddf p"), c(a$statistic, a$parameter, a$p.value))
  show(paste(label, "X2 p(Chisq)"), c(b$statistic, b$p.value))
}
test("svychisq(~stype + awards, subset(dclus1, api00 > 800))", ~stype + awards, subset(dclus1, api00 > 800))
test("svychisq(~stype + ellcat, subset(dclus1, enroll > 1000))", ~stype + ellcat, subset(dclus1, enroll > 1000))
test("svychisq(~stype + mealcat, subset(dclus1, api00 > 750))", ~stype + mealcat, subset(dclus1, api00 > 750))
test("svychisq(~stype + mealcat, subset(dclus1, enroll > 1200))", ~stype + mealcat, subset(dclus1, enroll > 1200))
test("svychisq(~awards + mealcat, subset(dstrat, api00 > 800))", ~awards + mealcat, subset(dstrat, api00 > 800))
test("svychisq(~stype + awards, subset(jk1, api00 > 800))", ~stype + awards, subset(jk1, api00 > 800))
test("svychisq(~awards + mealcat, subset(jkn, api00 > 800))", ~awards + mealcat, subset(jkn, api00 > 800))
test("svychisq(~awards + mealcat, subset(jkn, stype == 'E'))", ~awards + mealcat, subset(jkn, stype == "E"))
test("svychisq(~stype + sch.wide, subset(boot, api00 > 750))", ~stype + sch.wide, subset(boot, api00 > 750))
# The cells of the first table: E and M only.
s <- subset(dclus1, api00 > 800)
cell <- svymean(~interaction(stype, awards), s)
show("cell % (E.No M.No E.Yes M.Yes)", 100 * coef(cell)); show("  se", 100 * SE(cell))
# Undefined: one level in the domain, a single PSU, no sampling variance.
test("svychisq(~stype + sch.wide, subset(dclus1, api00 > 800))", ~stype + sch.wide, subset(dclus1, api00 > 800))
test("svychisq(~awards + yr.rnd, subset(dclus1, dnum == 135))", ~awards + yr.rnd, subset(dclus1, dnum == 135))
test("svychisq(~sch.wide + awards, census)", ~sch.wide + awards, census)
