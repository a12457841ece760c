# Reference numbers for test/golden/change.test.ts (R survey 4.1.1). Run: Rscript test/golden/r/derive-change.R
suppressMessages(library(survey))
data(api)
show <- function(label, x) cat(sprintf("%-64s %s\n", label, paste(format(x, digits = 10), collapse = " ")))
dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
by <- svyby(~api00, ~sch.wide, dclus1, svymean, covmat = TRUE)
show("svyby(~api00, ~sch.wide, dclus1, svymean, covmat = TRUE) vcov", as.vector(vcov(by)))
ct <- svycontrast(by, c(-1, 1))
show("svycontrast(by, c(-1, 1)) est se", c(coef(ct), SE(ct)))
byp <- svyby(~I(stype == "E"), ~both, dclus1, svymean, covmat = TRUE)
print(coef(byp)); ctp <- svycontrast(byp, c(0, 0, -1, 1))
show("svycontrast(svyby(~I(stype=='E'), ~both, svymean, covmat), Yes - No) est se", c(coef(ctp), SE(ctp)))
byr <- svyby(~api00, ~stype, dclus1, svymean, covmat = TRUE)
show("svyby(~api00, ~stype) E-H est se", c(coef(svycontrast(byr, c(1, -1, 0))), SE(svycontrast(byr, c(1, -1, 0)))))
# Quantiles by domain (subset keeps the design; Woodruff intervals on the domain's df).
for (s in c("E", "H", "M")) { q <- svyquantile(~api00, subset(dclus1, stype == s), c(0.25, 0.5))$api00
  show(paste0("svyquantile(~api00, subset(dclus1, stype == '", s, "'), c(.25, .5))"), as.vector(t(q))) }
t <- regTermTest(svyglm(api00 ~ stype, dclus1), ~stype)
show("regTermTest(svyglm(api00 ~ stype, dclus1), ~stype) F ndf ddf p", c(t$Ftest, t$df, t$ddf, t$p))
jk1 <- as.svrepdesign(dclus1, type = "JK1")
show("svycontrast(svyby(~api00, ~sch.wide, jk1, svymean, covmat = TRUE), c(-1, 1)) est se", c(coef(svycontrast(svyby(~api00, ~sch.wide, jk1, svymean, covmat = TRUE), c(-1, 1))), SE(svycontrast(svyby(~api00, ~sch.wide, jk1, svymean, covmat = TRUE), c(-1, 1)))))
