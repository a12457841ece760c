# Reference numbers for test/golden/km.test.ts: Kaplan–Meier time to resolution (R 4.2.2, survival 3.5-3).
# Run from the repository root: Rscript test/golden/r/derive-km.R
# Writes test/fixtures/km-reports.csv (60 citizen reports: 3 topics, ties, open reports) and
# test/fixtures/km-reports.expected.json. Open reports (no date_done) are censored at the data's end date, the
# latest date in the file (2025-12-31): days = (date_done, else the end date) - date_filed, event = done.
#   fit <- survfit(Surv(days, done) ~ 1, data = d)          # defaults: Greenwood, conf.type = "log", 95%
#   summary(fit)$table[c("median", "0.95LCL", "0.95UCL")]   # the median and its interval, as print(fit) shows
#   summary(fit, times = c(3, 7, 30, 60))                   # S(t) with its log-scale bounds
# and the same by topic (survfit(Surv(days, done) ~ topic)). Topic "waste" has S = 0.5 exactly on a flat step
# (median = midpoint rule), "housing" never reaches 0.5 (median NA).
suppressMessages({ library(survival); library(jsonlite) })
set.seed(20261203)
end <- as.Date("2025-12-31")
roads <- data.frame(topic = "roads", days = round(rlnorm(24, log(20), 0.9)), done = c(rep(1, 18), rep(0, 6)))
roads$days[c(3, 9)] <- roads$days[2]; roads$days[19] <- roads$days[5]           # ties, one across event/censoring
waste <- data.frame(topic = "waste", days = c(1, 2, 2, 3, 4, 5, 5, 6, 7, 7, 9, 9, 12, 14, 15, 20, 21, 30, 31, 40),
                    done = c(rep(1, 13), 0, 1, 1, 0, 1, 1, 1))
housing <- data.frame(topic = "housing", days = c(3, 10, 25, 40, 70, 12, 20, 30, 45, 60, 80, 90, 100, 120, 150, 200),
                      done = c(rep(1, 5), rep(0, 11)))
d <- rbind(roads, waste, housing)
d <- d[sample(nrow(d)), ]
# Filing dates: an open report was filed `days` before the end; a done one at least `days` before it.
slack <- ifelse(d$done == 1, sample(0:200, nrow(d), replace = TRUE), 0)
slack[which(d$done == 1)[1]] <- 0                                                # one done on the end date itself
d$date_filed <- end - d$days - slack
d$date_done <- as.Date(ifelse(d$done == 1, d$date_filed + d$days, NA), origin = "1970-01-01")
d$id <- sprintf("R%02d", seq_len(nrow(d)))
d$region <- ifelse(seq_len(nrow(d)) %% 3 == 0, "KZ-71", "KZ-75")
out <- d[, c("id", "region", "topic", "date_filed", "date_done")]
write.csv(out, "test/fixtures/km-reports.csv", row.names = FALSE, na = "", quote = FALSE)

r <- read.csv("test/fixtures/km-reports.csv", colClasses = c(date_filed = "Date", date_done = "Date"))
last <- max(c(r$date_filed, r$date_done), na.rm = TRUE)
r$done <- as.integer(!is.na(r$date_done))
r$days <- as.numeric(ifelse(r$done == 1, r$date_done, last)) - as.numeric(r$date_filed)
times <- c(3, 7, 30, 60)
num <- function(x) ifelse(is.na(x), NA, unname(x))
one <- function(fit) {
  tab <- summary(fit)$table
  s <- summary(fit, times = times)
  list(n = num(tab["records"]), events = num(tab["events"]), median = num(tab["median"]),
       lower = num(tab["0.95LCL"]), upper = num(tab["0.95UCL"]),
       at = data.frame(time = s$time, surv = s$surv, lower = s$lower, upper = s$upper))
}
overall <- survfit(Surv(days, done) ~ 1, data = r)
by_topic <- lapply(split(r, r$topic), function(g) one(survfit(Surv(days, done) ~ 1, data = g)))
strata <- summary(survfit(Surv(days, done) ~ topic, data = r))$table
stopifnot(all.equal(unname(strata[, "median"]), unname(sapply(by_topic, `[[`, "median"))))
res <- list(
  source = "R 4.2.2, survival 3.5-3: survfit(Surv(days, done) ~ 1) and ~ topic; summary(fit)$table; summary(fit, times = c(3, 7, 30, 60))",
  end_date = format(last), overall = one(overall), by_topic = by_topic)
writeLines(toJSON(res, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), "test/fixtures/km-reports.expected.json")
print(summary(overall)$table); print(strata)
