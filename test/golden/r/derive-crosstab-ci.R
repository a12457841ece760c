# Reference numbers for test/golden/crosstab-ci.test.ts (R survey 4.1.1).
# Run: Rscript test/golden/r/derive-crosstab-ci.R
# A crosstab percentage's interval is svyciprop(method = "logit") of the share within its base: the row's subset for
# a row %, the column's for a column %, the whole design for a cell %; df = degf of that subset (svyciprop's default).
suppressMessages(library(survey))
data(api)
dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
show <- function(label, x) cat(sprintf("%-62s %s\n", label, paste(format(x, digits = 10), collapse = " ")))
share <- function(label, f, d) {
  ci <- svyciprop(f, d, method = "logit")
  show(paste(label, "p lo hi df"), c(coef(ci), attr(ci, "ci"), degf(d)))
}
for (r in c("No", "Yes")) for (c in c("E", "H", "M"))
  share(sprintf("row %% sch.wide=%s: stype=%s", r, c), as.formula(sprintf('~I(stype == "%s")', c)), subset(dclus1, sch.wide == r))
for (c in c("E", "H", "M")) share(sprintf("col %% stype=%s: sch.wide=No", c), ~I(sch.wide == "No"), subset(dclus1, stype == c))
share("cell % sch.wide=No & stype=H", ~I(sch.wide == "No" & stype == "H"), dclus1)
# stype x yr.rnd: a small cell (E, Yes: 9 of 144) and zero cells (H, Yes: 0 of 14; M, Yes: 0 of 25).
share("row % stype=E: yr.rnd=Yes", ~I(yr.rnd == "Yes"), subset(dclus1, stype == "E"))
print(svyciprop(~I(yr.rnd == "Yes"), subset(dclus1, stype == "H"), method = "logit"))
# At 0% the logit interval collapses; the workbench gives the exact (Clopper-Pearson) interval on the Kish effective
# n of the base, which with dclus1's equal weights is the row's n: binom.test(0, n).
for (n in c(14, 25)) show(sprintf("binom.test(0, %d)$conf.int", n), binom.test(0, n)$conf.int)
