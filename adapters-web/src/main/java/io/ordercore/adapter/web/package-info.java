/**
 * The HTTP adapter: controllers that call the core's use-case interfaces, JSON records for
 * requests and responses, and problem+json for every error.
 *
 * <p>Conventions: response records carry {@code @JsonInclude(ALWAYS)}, because Micronaut
 * Serialization leaves out nulls and empty lists by default and clients should always see the same
 * shape. Money is written as {@code {amount: "1500.00", minor: 150000, currency: "RUB"}}, instants
 * as ISO-8601 UTC strings, call dates and windows as Moscow {@code YYYY-MM-DD} and {@code HH:MM}.
 * Request records take every field as nullable and raw; the core checks them and reports all
 * errors at once.
 *
 * <p>Security: every route declares its audience with {@code @Secured} (role names from
 * {@code security.Roles}); a route that acts takes a {@code @RequestCaller Caller} argument, bound
 * from the bearer token by {@code security.CallerBinder}, and passes it to the use case, which
 * applies the real rules (scoping, audit). The route-by-role test keeps the declarations complete.
 */
package io.ordercore.adapter.web;
