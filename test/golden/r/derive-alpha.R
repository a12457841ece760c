# Reference numbers for test/golden/alpha.test.ts (base R on the demo population survey, wave 2025).
# Run: Rscript test/golden/r/derive-alpha.R
d <- read.csv("data/demo/population-survey.csv")
d <- d[d$wave == 2025, ]
items <- c("trust_neighbours", "trust_nationality", "trust_religion", "conf_ngo", "conf_centres")
x <- d[, items]; x[x >= 98] <- NA
cc <- complete.cases(x); x <- as.matrix(x[cc, ]); w <- d$weight[cc]
alpha <- function(C) { k <- ncol(C); k / (k - 1) * (1 - sum(diag(C)) / sum(C)) }
show <- function(label, v) cat(sprintf("%-48s %s\n", label, paste(format(v, digits = 10), collapse = " ")))
show("complete cases", nrow(x))
show("alpha unweighted", alpha(cov(x)))
show("alpha weighted (cov.wt)", alpha(cov.wt(x, wt = w)$cov))
show("item-total r (corrected, unweighted)", sapply(seq_along(items), function(i) cor(x[, i], rowSums(x[, -i]))))
show("alpha if deleted (unweighted)", sapply(seq_along(items), function(i) alpha(cov(x[, -i]))))
show("item sd (unweighted)", apply(x, 2, sd))
