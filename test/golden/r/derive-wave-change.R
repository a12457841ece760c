# Reference numbers for test/golden/wave-change.test.ts (R survey 4.1.1): change between waves of the demo
# population survey. Run: Rscript test/golden/r/derive-wave-change.R
suppressMessages(library(survey))
show <- function(label, x) cat(sprintf("%-60s %s\n", label, paste(format(x, digits = 12), collapse = " ")))
d <- read.csv("data/demo/population-survey.csv")
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, fpc = ~fpc, data = d)
des <- update(des, y = ifelse(conf_ngo %in% 1:4, 100 * (conf_ngo %in% 1:2), NA))
# Waves page: trust_ngo (conf_ngo 1–2 of 1–4) in a region, 2023 → 2025, two independent cross-sections:
# each wave's svymean on subset(des, region == r & wave == w) and its degf, SE √(v1 + v2), t on the Welch df.
welch <- function(r) {
  one <- function(w) { s <- subset(des, region == r & wave == w); m <- svymean(~y, s, na.rm = TRUE)
    c(coef(m), SE(m)^2, degf(s)) }
  a <- one(2023); b <- one(2025)
  df <- (a[2] + b[2])^2 / (a[2]^2 / a[3] + b[2]^2 / b[3])
  est <- b[1] - a[1]; se <- sqrt(a[2] + b[2])
  c(est = est, se = se, df1 = a[3], df2 = b[3], df = df, lo = est - qt(0.975, df) * se, hi = est + qt(0.975, df) * se)
}
for (r in c("KZ-11", "KZ-75", "KZ-10")) show(paste0("trust_ngo 2025 − 2023 in ", r, ": est se df1 df2 df lo hi"), welch(r))
# Analyse change view: conf_ngo == 1 among answers 1–4, waves as domains of the one stacked design: the share in
# wave w is T(yw)/T(vw) over the whole design (svyby(covmat = TRUE) fails with na.rm, so svytotal + svycontrast).
des <- update(des, v = as.numeric(conf_ngo %in% 1:4), c1 = as.numeric(conf_ngo == 1),
  y23 = c1 * v * (wave == 2023), v23 = v * (wave == 2023), y25 = c1 * v * (wave == 2025), v25 = v * (wave == 2025))
tot <- svytotal(~y23 + v23 + y25 + v25, des)
ct <- svycontrast(tot, quote(100 * (y25 / v25 - y23 / v23)))
show("svycontrast(svytotal(~y23 + v23 + y25 + v25), 2025 − 2023): est se", c(coef(ct), SE(ct)))
show("  degf(des), confint(ct, df = degf(des))", c(degf(des), confint(ct, df = degf(des))))
des <- update(des, c1 = ifelse(v == 1, c1, NA))
for (w in c(2021, 2023, 2025)) { s <- subset(des, wave == w); p <- svyciprop(~c1, s, na.rm = TRUE)
  show(paste0("svyciprop(~c1, subset(des, wave == ", w, ")): degf, est, ci"), c(degf(s), p, attr(p, "ci"))) }
