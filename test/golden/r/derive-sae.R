# Reference numbers for test/golden/sae.test.ts: the Fay–Herriot model (R 4.2.2, metafor 3.8-1).
# Run from the repository root: Rscript test/golden/r/derive-sae.R
# Writes test/fixtures/sae-areas.csv (53 simulated areas, 3 without a sample) and test/fixtures/sae-fh.expected.json.
# Fits, on the 50 areas with a sample (control tightened so metafor's iterations reach ~1e-12):
#   rma(y, v, mods = ~ x1 + x2, data = s, method = M, control = list(threshold = 1e-12, tol = 1e-12, maxiter = 1000))
#   with M in REML, ML, PM and EB (PM and EB both solve Fay–Herriot's moment equation sum r^2/(s2 + v) = m - p);
#   blup(fit)$pred for the EBLUPs; predict(fit, newmods = ...) for the synthetic estimates of the 3 unsampled areas.
# The Prasad–Rao MSE is written out below from Rao & Molina, Small Area Estimation, 2nd ed. (2015), section 6.2.1:
# g1 = gamma v, g2 = (1 - gamma)^2 x'(X'V^-1 X)^-1 x, g3 = (1 - gamma)^2 var(s2) / (s2 + v), with var(s2) and the
# bias term b of the method (REML: Datta & Lahiri 2000; ML: minus b_ML (1 - gamma)^2; FH: Datta, Rao & Smith 2005).
suppressMessages(library(metafor))
set.seed(20260612)
M <- 53
n <- round(exp(runif(M, log(12), log(480))))         # respondents per area
x1 <- round(runif(M), 3)                              # e.g. urban share
x2 <- round(rgamma(M, shape = 3, rate = 1.5), 3)      # e.g. NGOs per 10k
theta <- 0.22 + 0.2 * x1 + 0.04 * x2 + rnorm(M, 0, sqrt(0.003))
v <- signif(theta * (1 - theta) * 1.3 / n, 6)         # design effect 1.3
y <- signif(theta + rnorm(M, 0, sqrt(v)), 6)
areas <- data.frame(area = sprintf("A%02d", 1:M), y = y, v = v, x1 = x1, x2 = x2)
out <- c(17, 34, 51)                                  # areas without a sample
areas$y[out] <- NA; areas$v[out] <- NA
write.csv(areas, "test/fixtures/sae-areas.csv", row.names = FALSE, na = "")

d <- read.csv("test/fixtures/sae-areas.csv")
s <- d[!is.na(d$y), ]
X <- cbind(1, s$x1, s$x2)
Xout <- cbind(1, d$x1[is.na(d$y)], d$x2[is.na(d$y)])
m <- nrow(X); p <- ncol(X)

prasad_rao <- function(s2, v, X, method) {
  w <- 1 / (s2 + v); g <- s2 / (s2 + v)
  Q <- solve(t(X) %*% (w * X))
  g1 <- g * v
  g2 <- (1 - g)^2 * rowSums((X %*% Q) * X)
  if (method == "FH") {
    var_s2 <- 2 * m / sum(w)^2
    bias <- 2 * (m * sum(w^2) - sum(w)^2) / sum(w)^3
  } else {
    var_s2 <- 2 / sum(w^2)
    bias <- if (method == "ML") -sum(diag(Q %*% t(X) %*% (w^2 * X))) / sum(w^2) else 0
  }
  g3 <- (1 - g)^2 * var_s2 / (s2 + v)
  list(g1 = g1, g2 = g2, g3 = g3, bias = bias, mse = g1 + g2 + 2 * g3 - bias * (1 - g)^2)
}

ctl <- list(threshold = 1e-12, tol = 1e-12, maxiter = 1000)
one <- function(method, mse_method) {
  f <- rma(y, v, mods = ~ x1 + x2, data = s, method = method, control = ctl)
  syn <- predict(f, newmods = Xout[, -1])
  pr <- prasad_rao(f$tau2, s$v, X, mse_method)
  list(call = sprintf("rma(y, v, mods = ~ x1 + x2, data = s, method = \"%s\", control = ctl)", method),
       sigma2_u = f$tau2, sigma2_u_se = f$se.tau2, beta = unname(c(f$beta)), beta_se = unname(f$se),
       loglik = if (mse_method == "FH") NA else as.numeric(logLik(f)), eblup = blup(f)$pred, g1 = pr$g1, g2 = pr$g2, g3 = pr$g3, bias = pr$bias,
       mse = pr$mse, synthetic_area = d$area[is.na(d$y)], synthetic = unname(syn$pred),
       synthetic_mse = unname(syn$se^2 + f$tau2))
}
res <- list(REML = one("REML", "REML"), ML = one("ML", "ML"), PM = one("PM", "FH"), EB = one("EB", "FH"))
cat(sprintf("%-5s sigma2_u %.12g\n", names(res), sapply(res, `[[`, "sigma2_u")), sep = "")
cat("PM vs EB max |eblup diff|:", max(abs(res$PM$eblup - res$EB$eblup)), "\n")

meta <- list(
  source = "test/golden/r/derive-sae.R",
  rerun = "Rscript test/golden/r/derive-sae.R",
  r = R.version.string, metafor = as.character(packageVersion("metafor")),
  control = ctl, seed = 20260612, m = m, p = p, area = s$area,
  fh_moment = "PM (Paule-Mandel) and EB both solve the Fay-Herriot moment equation; FH is pinned to PM",
  mse = "Prasad-Rao g1 + g2 + 2 g3 - bias (1 - gamma)^2, Rao & Molina (2015) 6.2.1, written out in the R script"
)
jsonlite::write_json(c(meta, res), "test/fixtures/sae-fh.expected.json", digits = NA, auto_unbox = TRUE, na = "null",
                     pretty = TRUE)
