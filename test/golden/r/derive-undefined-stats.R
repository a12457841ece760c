# Reference for test/golden/undefined-stats.test.ts (R survey 4.1.1): statistics R cannot define (NaN, Inf or an
# error), which the tool gives as null with a reason. Run: Rscript test/golden/r/derive-undefined-stats.R
suppressMessages(library(survey))
show <- function(label, x) cat(sprintf("%-66s %s\n", label, paste(format(x, digits = 12), collapse = " ")))
# A constant answer (5.1 for all four) in a stratified design: its SRS variance is 0.
const <- data.frame(y = 5.1, w = c(1.3, 2.7, 1.1, 3.9), s = c("a", "a", "b", "b"))
dc <- svydesign(id = ~1, strata = ~s, weights = ~w, data = const)
m <- svymean(~y, dc, deff = TRUE)
show("svymean(~y, dc, deff = TRUE): mean SE deff", c(coef(m), SE(m), deff(m)))
# Every stratum taken whole (fpc = stratum size): no sampling variance for domain means or their contrasts.
apistrat <- read.csv("test/fixtures/apistrat.csv")
apistrat$nh <- ave(apistrat$pw, apistrat$stype, FUN = length)
census <- svydesign(id = ~1, strata = ~stype, data = apistrat, fpc = ~nh)
by <- svyby(~api00, ~sch.wide, census, svymean, covmat = TRUE)
show("svyby(~api00, ~sch.wide, census, svymean): means", coef(by)); show("  SE", SE(by))
con <- svycontrast(by, c(-1, 1))
show("svycontrast(by, c(-1, 1)): estimate SE t", c(coef(con), SE(con), coef(con) / SE(con)))
rt <- try(regTermTest(svyglm(api00 ~ sch.wide, census), ~sch.wide, method = "Wald"), silent = TRUE)
cat("regTermTest(svyglm(api00 ~ sch.wide, census), ~sch.wide):", if (inherits(rt, "try-error")) rt else rt$Ftest)
# Cronbach's alpha of three items, two of them constant: var(Σx) − Σvar(x) = 0 for the two alone.
items <- data.frame(a = 3.1, b = 4.7, c = c(1, 2, 3, 2, 5))
ca <- function(x) { k <- ncol(x); v <- cov(x); k / (k - 1) * (1 - sum(diag(v)) / sum(v)) }
show("alpha(a, b) (both constant), alpha(a, b, c)", c(ca(items[, 1:2]), ca(items)))
show("cor(a, b + c), cor(c, a + b)", suppressWarnings(c(cor(items$a, items$b + items$c), cor(items$c, items$a + items$b))))
