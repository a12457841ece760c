# The composite indices' design-based SEs on the demo, for test/golden/composite.test.ts. R 4.x, survey 4.1.1:
#   Rscript test/golden/r/derive-composite.R > test/fixtures/composite-indices.json
# The social capital index's respondent scores are rebuilt here from the items (spec section 11, the codebook's
# reverse flags); each composite is a function of survey means, each on its own base, given to svycontrast as an
# expression of svytotal's numerators and denominators; registry components are constants.
library(survey)
d <- read.csv("data/demo/population-survey.csv")
cb <- jsonlite::fromJSON("data/demo/population-codebook.json")
rev <- cb$name[!is.na(cb$reverse) & cb$reverse]
scaled <- function(x, lo, hi, r) ifelse(!is.na(x) & x >= lo & x <= hi & x == round(x),
                                         if (r) (hi - x) * 100 / (hi - lo) else (x - lo) * 100 / (hi - lo), NA)
lik <- function(v) scaled(d[[v]], 1, 4, v %in% rev)
bin <- function(v) scaled(d[[v]], 0, 1, v %in% rev)
mean_of <- function(m, min_valid) {
  m <- as.matrix(as.data.frame(m)); k <- rowSums(!is.na(m)); need <- max(1, ceiling(ncol(m) * min_valid))
  ifelse(k >= need, rowSums(m, na.rm = TRUE) / k, NA)
}
interpersonal <- mean_of(list(scaled(d$trust_gen10, 0, 10, FALSE), lik("trust_neighbours"), lik("trust_nationality"),
                              lik("trust_religion")), 0.5)
inst <- c("government", "akimat", "courts", "police", "parliament", "media", "ngo", "centres", "public_councils", "charities")
institutional <- mean_of(lapply(paste0("conf_", inst), lik), 0.5)
groups <- c("drug_users", "heavy_drinkers", "other_nationality", "other_religion", "migrants", "hiv",
            "unmarried_couples", "other_language", "former_prisoners")
memb <- as.matrix(d[paste0("memb_", c("religious", "sport", "culture", "union", "party", "ngo"))])
active <- ifelse(rowSums(memb == 2, na.rm = TRUE) > 0, 100, ifelse(rowSums(!is.na(memb)) > 0, 0, NA))
actions <- mean_of(lapply(paste0("act_", c("petition", "hearing", "akimat_meeting", "donation")), bin), 0.5)
d$trust <- mean_of(list(interpersonal, institutional), 1)
d$tolerance <- mean_of(lapply(paste0("nb_", groups), bin), 0.5)
d$participation <- mean_of(list(active, bin("volunteered"), actions), 0.5)
d$identity <- mean_of(lapply(c("pride", "close_kz", "close_region"), lik), 0.5)
d$sci <- mean_of(d[c("trust", "tolerance", "participation", "identity")], 1)

# CSDI's survey components as numerator (0 outside the base) and base indicator.
part <- function(y, valid) list(y = ifelse(valid, y, 0), v = as.numeric(valid))
svc <- paste0("svc_", c("consult", "training", "legal", "event", "technical"))
acts <- paste0("act_", c("hearing", "akimat_meeting", "petition"))
P <- list(
  sci = part(d$sci, !is.na(d$sci)),
  trust_ngo = part(as.numeric(d$conf_ngo %in% 1:2), d$conf_ngo %in% 1:4),
  involved = part(as.numeric(rowSums(d[acts] == 1, na.rm = TRUE) > 0), rowSums(!(is.na(d[acts])) & d[acts] <= 1 & d[acts] >= 0) == 3),
  used = part(as.numeric(rowSums(d[svc] == 1, na.rm = TRUE) > 0), rowSums(!(is.na(d[svc])) & d[svc] <= 1 & d[svc] >= 0) == 5)
)
for (k in names(P)) { d[[paste0("y_", k)]] <- P[[k]]$y; d[[paste0("v_", k)]] <- P[[k]]$v }
# Whole-scenario respondent scores for the SCI sensitivity view: sub-indices doubled in turn, and the geometric mean.
sub <- as.matrix(d[c("trust", "tolerance", "participation", "identity")])
d$sci_double_trust <- (2 * sub[, 1] + sub[, 2] + sub[, 3] + sub[, 4]) / 5
d$sci_geometric <- ifelse(apply(sub <= 0, 1, any), 0, exp(rowMeans(log(pmax(sub, 1e-300)))))

ngo <- read.csv("data/demo/ngo-stats.csv")
pop <- read.csv("data/reference/regions.csv")[c("code", "population")]
active_ngos <- aggregate(active ~ region + year, ngo, sum)
rate <- function(r, w) {
  a <- active_ngos$active[active_ngos$region == r & active_ngos$year == w]
  p <- pop$population[pop$code == r]
  if (!length(a) || is.na(p)) NA else min(a / p * 10000, 20) # clamped at the upper bound of its 0–20 scale
}

des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, fpc = ~fpc, data = d, nest = TRUE)
fmt <- function(x) sprintf("%.12g", x)
show <- function(con, sub) {
  ci <- confint(con, df = degf(sub))
  sprintf('{ "estimate": %s, "se": %s, "ci_low": %s, "ci_high": %s, "df": %d }',
          fmt(coef(con)), fmt(SE(con)), fmt(ci[1]), fmt(ci[2]), degf(sub))
}
cells <- c()
for (w in c(2021, 2023, 2025)) for (r in sort(unique(d$region))) {
  ngo_rate <- rate(r, w)
  if (is.na(ngo_rate)) next
  s <- subset(des, region == r & wave == w)
  tot <- svytotal(~y_sci + v_sci + y_trust_ngo + v_trust_ngo + y_involved + v_involved + y_used + v_used, s)
  csdi <- svycontrast(tot, bquote((y_sci / v_sci + 100 * y_trust_ngo / v_trust_ngo + 100 * y_involved / v_involved +
                                   100 * y_used / v_used + 100 * .(ngo_rate) / 20) / 5))
  geo <- svycontrast(tot, bquote(exp((log(y_sci / v_sci) + log(100 * y_trust_ngo / v_trust_ngo) +
                                      log(100 * y_involved / v_involved) + log(100 * y_used / v_used) +
                                      log(100 * .(ngo_rate) / 20)) / 5)))
  scen <- svymean(~sci + sci_double_trust + sci_geometric, subset(s, !is.na(sci)))
  cells <- c(cells, sprintf('  "%s|%d": {\n    "csdi": %s,\n    "csdi_geometric": %s,\n    "sci_double_trust": %s,\n    "sci_geometric": %s,\n    "sci_scenarios_cov": [%s]\n  }',
    r, w, show(csdi, s), show(geo, s),
    show(svycontrast(scen, c(0, 1, 0)), s), show(svycontrast(scen, c(0, 0, 1)), s),
    paste(fmt(vcov(scen)), collapse = ", ")))
}
cat("{\n", paste(cells, collapse = ",\n"), "\n}\n", sep = "")
