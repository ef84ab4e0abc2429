package io.ordercore.adapter.web.security;

import static io.ordercore.adapter.web.security.RouteAccessMatrixTest.Who.ADMIN;
import static io.ordercore.adapter.web.security.RouteAccessMatrixTest.Who.ANONYMOUS;
import static io.ordercore.adapter.web.security.RouteAccessMatrixTest.Who.CLIENT;
import static io.ordercore.adapter.web.security.RouteAccessMatrixTest.Who.OPERATOR;
import static io.ordercore.adapter.web.security.RouteAccessMatrixTest.Who.PARTNER;
import static io.ordercore.adapter.web.security.RouteAccessMatrixTest.Who.POINT_MANAGER;
import static io.ordercore.adapter.web.security.RouteAccessMatrixTest.Who.SITE_MANAGER;
import static io.ordercore.adapter.web.security.RouteAccessMatrixTest.Who.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.adapter.web.TelephonySigner;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.testing.FakeGateway;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what: every route the running application has, asked by every role. The table
 * below declares each route's audience; a route the application has and the table does not fails
 * the build, so no endpoint ships without a declared rule.
 *
 * <p>An allowed caller gets anything but 401 and 403 (a 400 for a sample body or a 404 for an id
 * that does not exist proves the door was open); a refused visitor gets 401 and a refused account
 * 403, both as problem JSON. Telephony's callback and the payment gateways' calls take no token but
 * a signature, which the sample carries (the fake gateway's, in this context). Path ids, coupon codes and page tokens are ones that do not exist, and sample
 * bodies are chosen so that no allowed call changes what another one sees. Micronaut answers HEAD
 * on every GET route with the GET's own rules; those HEAD routes are checked too, against their
 * GET's row.
 */
@MicronautTest
class RouteAccessMatrixTest {

    /** A visitor, or a signed-in account of one role. */
    enum Who { ANONYMOUS, CLIENT, OPERATOR, POINT_MANAGER, SUPERVISOR, SITE_MANAGER, ADMIN, PARTNER }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Who> ORDER_READERS = EnumSet.of(OPERATOR, POINT_MANAGER, SUPERVISOR, SITE_MANAGER, ADMIN);
    private static final Set<Who> CATALOG_EDITORS = EnumSet.of(SITE_MANAGER, ADMIN);
    private static final Set<Who> ACCOUNT_READERS = EnumSet.of(POINT_MANAGER, SUPERVISOR, SITE_MANAGER, ADMIN);
    private static final Set<Who> ACCOUNT_OPENERS = EnumSet.of(POINT_MANAGER, SUPERVISOR, ADMIN);
    private static final Set<Who> POINT_EDITORS = EnumSet.of(SUPERVISOR, ADMIN);
    private static final Set<Who> IMPERSONATORS = EnumSet.of(SUPERVISOR, ADMIN);
    private static final Set<Who> COUPON_EDITORS = EnumSet.of(SITE_MANAGER, ADMIN);
    private static final Set<Who> ADMINS = EnumSet.of(ADMIN);
    private static final Set<Who> OPERATORS = EnumSet.of(OPERATOR);
    private static final Set<Who> OPERATOR_READERS = EnumSet.of(SUPERVISOR, SITE_MANAGER, ADMIN);
    private static final Set<Who> OPERATOR_EDITORS = EnumSet.of(SITE_MANAGER, ADMIN);
    private static final Set<Who> DISPATCH_VIEWERS = EnumSet.of(SUPERVISOR, SITE_MANAGER, ADMIN);
    private static final Set<Who> MODERATORS = EnumSet.of(SITE_MANAGER, ADMIN);
    private static final Set<Who> PAYOUT_READERS = EnumSet.of(SITE_MANAGER, ADMIN);
    private static final Set<Who> CLIENTS = EnumSet.of(CLIENT);
    private static final Set<Who> OFFLINE_PAYMENT_RECORDERS = EnumSet.of(POINT_MANAGER, ADMIN);
    private static final Set<Who> PAYMENT_READERS = EnumSet.of(SUPERVISOR, SITE_MANAGER, ADMIN);
    private static final Set<Who> BALANCE_READERS = EnumSet.of(SUPERVISOR, SITE_MANAGER, ADMIN);
    private static final Set<Who> PARTNERS = EnumSet.of(PARTNER);
    private static final Set<Who> PARTNER_READERS = EnumSet.of(SITE_MANAGER, ADMIN);

    private static final String HEAD = "HEAD ";
    private static final String NO_SUCH_ID = "999999";
    private static final String NO_SUCH_CODE = "NOSUCHCOUPON";
    private static final String NO_SUCH_PAGE = "no-such-order-page";
    /** Replaced by the e-mail of an account whose password is {@link InMemoryCore#PASSWORD}. */
    private static final String KNOWN_EMAIL = "%KNOWN_EMAIL%";

    /** Every route's audience, with a sample body where the route reads one. */
    private static final Map<String, Access> TABLE = table(
            // public
            rule("GET /api/v1/catalog", EVERYONE),
            rule("GET /api/v1/catalog/call-types/{id}", EVERYONE),
            rule("GET /api/v1/catalog/quick-order", EVERYONE),
            rule("POST /api/v1/orders", EVERYONE, "{}"),
            rule("POST /api/v1/auth/register", EVERYONE, "{}"),
            rule("POST /api/v1/auth/sign-in", EVERYONE,
                    "{\"email\": \"" + KNOWN_EMAIL + "\", \"password\": \"" + InMemoryCore.PASSWORD + "\"}"),
            rule("GET /test/failing", EVERYONE),
            rule("GET /api/v1/ratings/aspects", EVERYONE),
            rule("GET /api/v1/order-pages/{token}", EVERYONE),
            // no token but a signature over the body (the sample names an order that does not exist)
            signed("POST /api/v1/telephony/call-result", EVERYONE, "{\"orderId\": " + NO_SUCH_ID + ", \"operatorId\": "
                    + NO_SUCH_ID + ", \"start\": \"2026-11-25T07:05:00Z\", \"end\": \"2026-11-25T07:06:00Z\","
                    + " \"durationSeconds\": 60}"),
            // no token but the gateway's signature (a pre-check of an order that does not exist)
            signedByGateway("POST /api/v1/payments/{gateway}/{endpoint}", EVERYONE,
                    "PRE_CHECK;matrix;ORDER-" + NO_SUCH_ID + ";;1.00;RUB;false"),
            // a hint only, confirmed with PayMaster's API (not configured here: 404 for everyone)
            rule("POST /api/v1/payments-v2/paymaster/callback", EVERYONE, "{\"id\": \"matrix\"}"),
            // any signed-in account
            rule("POST /api/v1/auth/sign-out", SIGNED_IN),
            rule("PUT /api/v1/auth/password", SIGNED_IN, "{\"oldPassword\": \"x\", \"newPassword\": \"short\"}"),
            rule("PUT /api/v1/auth/email", SIGNED_IN, "{\"email\": \"not-an-email\", \"password\": \"x\"}"),
            rule("GET /api/v1/me", SIGNED_IN),
            rule("GET /api/v1/me/orders", SIGNED_IN),
            rule("GET /api/v1/me/orders/{id}", SIGNED_IN),
            rule("GET /api/v1/me/statistics", SIGNED_IN),
            rule("POST /api/v1/me/orders/{id}/repeat", SIGNED_IN, "{}"),
            rule("POST /api/v1/me/orders/{id}/coupon", SIGNED_IN, "{\"code\": \"" + NO_SUCH_CODE + "\"}"),
            rule("GET /api/v1/me/coupons", SIGNED_IN),
            rule("GET /api/v1/me/orders/{id}/recording", SIGNED_IN),
            rule("POST /api/v1/me/orders/{id}/rating", SIGNED_IN, "{\"scores\": {}}"),
            rule("POST /api/v1/reviews", SIGNED_IN, "{\"orderId\": " + NO_SUCH_ID + ", \"text\": \"Lovely\"}"),
            rule("GET /api/v1/me/balance", SIGNED_IN),
            rule("POST /api/v1/me/balance/transfer", CLIENTS,
                    "{\"toEmail\": \"nobody@ordercore.test\", \"amountKopecks\": 100}"),
            rule("POST /api/v1/me/orders/{id}/pay-from-balance", SIGNED_IN, "{}"),
            rule("POST /api/v1/me/orders/{id}/checkout/{gateway}", SIGNED_IN),
            // clients only
            rule("POST /api/v1/me/balance/top-up/{gateway}", CLIENTS, "{\"amountKopecks\": 100}"),
            rule("GET /api/v1/me/saved-card", CLIENTS),
            rule("DELETE /api/v1/me/saved-card", CLIENTS),
            rule("POST /api/v1/me/orders/{id}/pay-with-saved-card", CLIENTS),
            // operators' own cabinet
            rule("GET /api/v1/operator/proposals", OPERATORS),
            rule("GET /api/v1/operator/orders", OPERATORS),
            rule("POST /api/v1/operator/orders/{id}/confirm", OPERATORS),
            rule("POST /api/v1/operator/orders/{id}/refuse", OPERATORS, "{}"),
            rule("GET /api/v1/operator/earnings", OPERATORS),
            rule("GET /api/v1/operator/payouts", OPERATORS),
            rule("POST /api/v1/operator/payouts", OPERATORS, "{\"amountKopecks\": 100}"),
            // partners' own cabinet (the sample partner is not enrolled: 422 NOT_ENROLLED)
            rule("GET /api/v1/partner/me", PARTNERS),
            rule("GET /api/v1/partner/stats", PARTNERS),
            rule("GET /api/v1/partner/ledger", PARTNERS),
            rule("GET /api/v1/partner/banners", PARTNERS),
            rule("GET /api/v1/partner/payouts", PARTNERS),
            rule("POST /api/v1/partner/payouts", PARTNERS, "{\"amountKopecks\": 100}"),
            // staff: orders
            rule("GET /api/v1/admin/orders", ORDER_READERS),
            rule("GET /api/v1/admin/orders/{id}", ORDER_READERS),
            rule("POST /api/v1/admin/orders/{id}/status", ADMINS, "{\"status\": \"CANCELLED\"}"),
            rule("PUT /api/v1/admin/orders/{id}/window", ADMINS, "{}"),
            rule("POST /api/v1/admin/orders/bulk-delete", ADMINS, "{\"ids\": [" + NO_SUCH_ID + "]}"),
            rule("POST /api/v1/manager/orders/{id}/offline-payments", OFFLINE_PAYMENT_RECORDERS,
                    "{\"amountKopecks\": 100, \"reference\": \"matrix\"}"),
            // staff: catalog
            rule("GET /api/v1/admin/catalog", CATALOG_EDITORS),
            rule("GET /api/v1/admin/catalog/priority-categories", CATALOG_EDITORS),
            rule("PUT /api/v1/admin/catalog/priority-categories", CATALOG_EDITORS, "{\"categoryIds\": [0]}"),
            rule("POST /api/v1/admin/catalog/categories", CATALOG_EDITORS, "{}"),
            rule("PUT /api/v1/admin/catalog/categories/{id}", CATALOG_EDITORS, "{\"name\": \"Renamed\"}"),
            rule("POST /api/v1/admin/catalog/categories/{id}/freeze", CATALOG_EDITORS),
            rule("POST /api/v1/admin/catalog/categories/{id}/unfreeze", CATALOG_EDITORS),
            rule("DELETE /api/v1/admin/catalog/categories/{id}", CATALOG_EDITORS),
            rule("POST /api/v1/admin/catalog/call-types", CATALOG_EDITORS, "{}"),
            rule("PUT /api/v1/admin/catalog/call-types/{id}", CATALOG_EDITORS, "{}"),
            rule("POST /api/v1/admin/catalog/call-types/{id}/freeze", CATALOG_EDITORS),
            rule("POST /api/v1/admin/catalog/call-types/{id}/unfreeze", CATALOG_EDITORS),
            rule("DELETE /api/v1/admin/catalog/call-types/{id}", CATALOG_EDITORS),
            rule("POST /api/v1/admin/catalog/call-examples", CATALOG_EDITORS, "{}"),
            rule("POST /api/v1/admin/catalog/call-examples/{id}/freeze", CATALOG_EDITORS),
            rule("POST /api/v1/admin/catalog/call-examples/{id}/unfreeze", CATALOG_EDITORS),
            rule("DELETE /api/v1/admin/catalog/call-examples/{id}", CATALOG_EDITORS),
            rule("GET /api/v1/admin/talents", CATALOG_EDITORS),
            rule("POST /api/v1/admin/talents", CATALOG_EDITORS, "{}"),
            rule("DELETE /api/v1/admin/talents/{id}", CATALOG_EDITORS),
            // staff: accounts and points
            rule("GET /api/v1/admin/users", ACCOUNT_READERS),
            rule("GET /api/v1/admin/users/{id}", ACCOUNT_READERS),
            rule("POST /api/v1/admin/users", ACCOUNT_OPENERS, "{\"email\": \"matrix-new@ordercore.test\","
                    + " \"name\": \"New client\", \"role\": \"CLIENT\", \"pointId\": 1}"),
            rule("PUT /api/v1/admin/users/{id}/role", ADMINS, "{\"role\": \"CLIENT\", \"pointId\": 1}"),
            rule("POST /api/v1/admin/users/{id}/block", ADMINS),
            rule("POST /api/v1/admin/users/{id}/unblock", ADMINS),
            rule("GET /api/v1/admin/points", ACCOUNT_READERS),
            rule("GET /api/v1/admin/points/{id}", ACCOUNT_READERS),
            rule("POST /api/v1/admin/points", POINT_EDITORS, "{}"),
            rule("PUT /api/v1/admin/points/{id}", POINT_EDITORS, "{}"),
            rule("POST /api/v1/admin/points/{id}/managers", POINT_EDITORS, "{\"accountId\": " + NO_SUCH_ID + "}"),
            rule("POST /api/v1/admin/impersonate", IMPERSONATORS, "{\"accountId\": " + NO_SUCH_ID + "}"),
            // staff: coupons
            rule("GET /api/v1/admin/coupons/groups", COUPON_EDITORS),
            rule("POST /api/v1/admin/coupons/groups", COUPON_EDITORS, "{}"),
            rule("DELETE /api/v1/admin/coupons/groups/{id}", COUPON_EDITORS),
            rule("POST /api/v1/admin/coupons/groups/{id}/delete-random", COUPON_EDITORS, "{\"count\": 1}"),
            rule("GET /api/v1/admin/coupons", COUPON_EDITORS),
            rule("POST /api/v1/admin/coupons/delete", COUPON_EDITORS, "{\"codes\": [\"" + NO_SUCH_CODE + "\"]}"),
            rule("POST /api/v1/admin/coupons/super", COUPON_EDITORS, "{}"),
            rule("POST /api/v1/admin/coupons/{code}/send", COUPON_EDITORS, "{\"email\": \"matrix@ordercore.test\"}"),
            rule("GET /api/v1/admin/coupons/repeat-order-percent", COUPON_EDITORS),
            rule("PUT /api/v1/admin/coupons/repeat-order-percent", COUPON_EDITORS, "{\"percent\": 0}"),
            // staff: operators and dispatch
            rule("GET /api/v1/admin/operators", OPERATOR_READERS),
            rule("GET /api/v1/admin/operators/{id}", OPERATOR_READERS),
            rule("POST /api/v1/admin/operators", OPERATOR_EDITORS, "{}"),
            rule("PUT /api/v1/admin/operators/{id}", OPERATOR_EDITORS, "{}"),
            rule("POST /api/v1/admin/operators/{id}/pause", OPERATOR_EDITORS),
            rule("POST /api/v1/admin/operators/{id}/resume", OPERATOR_EDITORS),
            rule("POST /api/v1/admin/operators/{id}/freeze", OPERATOR_EDITORS),
            rule("GET /api/v1/admin/dispatch/orders/{id}/decisions", DISPATCH_VIEWERS),
            rule("POST /api/v1/admin/dispatch/orders/{id}/assign", ADMINS, "{\"operatorId\": " + NO_SUCH_ID + "}"),
            rule("POST /api/v1/admin/dispatch/orders/{id}/remove-operator", ADMINS, "{}"),
            rule("DELETE /api/v1/admin/dispatch/orders/{id}/refusals/{operatorId}", ADMINS),
            rule("GET /api/v1/admin/dispatch/awaiting", DISPATCH_VIEWERS),
            rule("GET /api/v1/admin/dashboard", DISPATCH_VIEWERS),
            // staff: reviews, ratings and payouts
            rule("GET /api/v1/admin/reviews", MODERATORS),
            rule("POST /api/v1/admin/reviews/moderate", MODERATORS, "{\"ids\": [" + NO_SUCH_ID + "], \"approve\": false}"),
            rule("PUT /api/v1/admin/ratings/aspects", ADMINS, "{\"aspects\": []}"),
            rule("GET /api/v1/admin/operators/{id}/ratings", OPERATOR_READERS),
            rule("GET /api/v1/admin/points/{id}/ratings", ACCOUNT_READERS),
            rule("GET /api/v1/admin/payouts", PAYOUT_READERS),
            rule("POST /api/v1/admin/payouts/{id}/status", ADMINS, "{\"status\": \"CANCELLED\"}"),
            // staff: the partner programme
            rule("GET /api/v1/admin/partners", PARTNER_READERS),
            rule("POST /api/v1/admin/partners", ADMINS, "{\"accountId\": " + NO_SUCH_ID + "}"),
            rule("GET /api/v1/admin/partners/settings", PARTNER_READERS),
            rule("PUT /api/v1/admin/partners/settings", ADMINS, "{\"commissionPercent\": 0}"),
            rule("GET /api/v1/admin/partners/{id}", PARTNER_READERS),
            rule("PUT /api/v1/admin/partners/{id}/commission", ADMINS, "{\"commissionPercent\": null}"),
            rule("GET /api/v1/admin/partners/{id}/stats", PARTNER_READERS),
            rule("GET /api/v1/admin/banners", PARTNER_READERS),
            rule("POST /api/v1/admin/banners", ADMINS, "{}"),
            rule("DELETE /api/v1/admin/banners/{id}", ADMINS),
            // staff: payments and balances
            rule("GET /api/v1/admin/payments", PAYMENT_READERS),
            rule("GET /api/v1/admin/balances/{accountId}", BALANCE_READERS),
            rule("POST /api/v1/admin/balances/{accountId}/adjust", ADMINS,
                    "{\"amountKopecks\": 100, \"reason\": \"matrix\"}"),
            // administrators
            rule("GET /api/v1/admin/audit", ADMINS),
            rule("GET /api/v1/admin/payments/log", ADMINS),
            rule("GET /api/v1/admin/integrity", ADMINS),
            rule("GET /api/v1/admin/notifications", ADMINS),
            rule("POST /api/v1/admin/notifications/{id}/retry", ADMINS));

    private final Api api;
    private final Sessions sessions;
    private final Router router;
    private final TelephonySigner telephony;
    private final String knownEmail;

    RouteAccessMatrixTest(Api api, Sessions sessions, Router router, TelephonySigner telephony) {
        this.api = api;
        this.sessions = sessions;
        this.router = router;
        this.telephony = telephony;
        this.knownEmail = sessions.account(Role.CLIENT).email().value();
    }

    @Test
    void everyRouteOfTheApplicationHasADeclaredRule() {
        Set<String> live = liveRoutes();

        assertThat(live.stream().filter(route -> access(route) == null))
                .as("routes without a declared rule in " + getClass().getSimpleName()).isEmpty();
        assertThat(TABLE.keySet()).as("declared rules for routes the application does not have").isSubsetOf(live);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsTheDeclaredAnswerOnEveryRoute() {
        List<DynamicTest> checks = new ArrayList<>();
        for (String route : liveRoutes()) {
            for (Who who : Who.values()) {
                checks.add(DynamicTest.dynamicTest(route + " as " + who, () -> check(route, who)));
            }
        }
        return checks.stream();
    }

    private void check(String route, Who who) {
        Access access = access(route);
        assertThat(access).as("no declared rule for " + route).isNotNull();
        Reply reply = send(route, access, who);
        if (access.allowed().contains(who)) {
            assertThat(reply.status()).as(route + " as " + who + " is allowed: " + reply.body()).isNotIn(401, 403);
        } else {
            int refusal = who == ANONYMOUS ? 401 : 403;
            assertThat(reply.status()).as(route + " as " + who + " is refused: " + reply.body()).isEqualTo(refusal);
            if (!route.startsWith(HEAD)) {
                assertThat(reply.contentType()).isEqualTo("application/problem+json");
                assertThat(reply.text("code")).isEqualTo(who == ANONYMOUS ? "SIGN_IN_REQUIRED" : "FORBIDDEN");
            }
        }
    }

    /** The declared rule of a route; a HEAD route has its GET's. */
    private static Access access(String route) {
        return route.startsWith(HEAD) ? TABLE.get("GET " + route.substring(HEAD.length())) : TABLE.get(route);
    }

    /** A fresh account and token for each call: a sign-out or a role change cannot leak into the next. */
    private Reply send(String route, Access access, Who who) {
        int space = route.indexOf(' ');
        HttpMethod method = HttpMethod.parse(route.substring(0, space));
        String path = route.substring(space + 1).replace("{id}", NO_SUCH_ID).replace("{operatorId}", NO_SUCH_ID)
                .replace("{accountId}", NO_SUCH_ID).replace("{code}", NO_SUCH_CODE).replace("{token}", NO_SUCH_PAGE)
                .replace("{gateway}", FakeGateway.NAME).replace("{endpoint}", "pre-check");
        String body = access.body() == null ? null : access.body().replace(KNOWN_EMAIL, knownEmail);
        MutableHttpRequest<?> request = HttpRequest.create(method, path);
        if (body != null) {
            request = request.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        switch (access.signer()) {
            case TELEPHONY -> request = request.header(TelephonySigner.HEADER,
                    telephony.sign(body.getBytes(StandardCharsets.UTF_8)));
            case FAKE_GATEWAY -> request = request.header("X-Signature", "ok");
            case NONE -> {
                // a bearer token or nothing
            }
        }
        Api caller = who == ANONYMOUS ? api : api.as(sessions.tokenOf(account(who)));
        return caller.send(request);
    }

    private Caller.SignedIn account(Who who) {
        return sessions.account(Role.valueOf(who.name()));
    }

    private Set<String> liveRoutes() {
        return router.uriRoutes()
                .map(RouteAccessMatrixTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate().toString();
    }

    /** Who signs a sample body, if anyone: telephony, or the fake payment gateway. */
    private enum Signer { NONE, TELEPHONY, FAKE_GATEWAY }

    /** Who may call a route, the sample body it is sent, and who signs that body. */
    private record Access(Set<Who> allowed, String body, Signer signer) {
    }

    private record Rule(String route, Access access) {
    }

    private static Rule rule(String route, Set<Who> allowed) {
        return new Rule(route, new Access(allowed, null, Signer.NONE));
    }

    private static Rule rule(String route, Set<Who> allowed, String body) {
        return new Rule(route, new Access(allowed, body, Signer.NONE));
    }

    private static Rule signed(String route, Set<Who> allowed, String body) {
        return new Rule(route, new Access(allowed, body, Signer.TELEPHONY));
    }

    private static Rule signedByGateway(String route, Set<Who> allowed, String body) {
        return new Rule(route, new Access(allowed, body, Signer.FAKE_GATEWAY));
    }

    private static Map<String, Access> table(Rule... rules) {
        Map<String, Access> table = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (table.put(r.route(), r.access()) != null) {
                throw new IllegalStateException("declared twice: " + r.route());
            }
        }
        return Collections.unmodifiableMap(table);
    }
}
