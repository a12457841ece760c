# Exact linearised SE of (region − national) for trust_ngo in wave 2025 of the demo population survey, to check the
# comparison pages' approximation Var(r − N) ≈ Var(r)(1 − 2·share) + Var(N). R 4.x, survey 4.1.1:
#   Rscript test/golden/r/derive-versus-national.R > test/fixtures/versus-national-trust_ngo-2025.json
library(survey)
d <- read.csv("data/demo/population-survey.csv")
d <- subset(d, wave == 2025)
d$v <- as.numeric(d$conf_ngo %in% 1:4)
d$y <- as.numeric(d$conf_ngo %in% 1:2) * d$v
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, fpc = ~fpc, data = d, nest = TRUE)
out <- lapply(sort(unique(d$region)), function(r) {
  des2 <- update(des, yr = y * (region == r), vr = v * (region == r))
  tot <- svytotal(~yr + vr + y + v, des2)
  diff <- svycontrast(tot, quote(100 * (yr / vr - y / v)))
  sprintf('  "%s": { "difference": %.10f, "se": %.10f }', r, coef(diff), SE(diff))
})
cat("{\n", paste(out, collapse = ",\n"), "\n}\n", sep = "")
