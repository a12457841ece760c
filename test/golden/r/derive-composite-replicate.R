# A composite of two means on different bases under replicate weights, for test/golden/composite.test.ts. R 4.x,
# survey 4.1.1:  Rscript test/golden/r/derive-composite-replicate.R
# The bootstrap replicates of test/fixtures/apiclus1-boot.csv (derive-designs.R). Each mean is a ratio of totals;
# with return.replicates svycontrast evaluates the composite in every replicate and takes svrVar of those.
library(survey)
d <- read.csv("test/fixtures/apiclus1-boot.csv")
b <- svrepdesign(data = d, repweights = "^bw", weights = ~pw, type = "bootstrap", combined.weights = TRUE)
b <- update(b, ya = api00 * (sch.wide == "Yes"), va = as.numeric(sch.wide == "Yes"),
            yb = ifelse(enroll < 500, enroll, 0), vb = as.numeric(enroll < 500))
tot <- svytotal(~ya + va + yb + vb, b, return.replicates = TRUE)
con <- svycontrast(tot, quote((ya / va) / 10 + 2 * (yb / vb) / 5))
ci <- confint(con, df = degf(b))
cat(sprintf("composite %.12g se %.12g ci %.12g %.12g df %d\n", coef(con), SE(con), ci[1], ci[2], degf(b)))
