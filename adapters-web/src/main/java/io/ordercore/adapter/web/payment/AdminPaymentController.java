package io.ordercore.adapter.web.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.QueryParams;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PaymentsUseCase;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** Payments as staff see them: the list, the raw gateway log and the integrity check of the money. */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: payments")
public class AdminPaymentController {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 1000;

    private final PaymentsUseCase payments;

    public AdminPaymentController(PaymentsUseCase payments) {
        this.payments = payments;
    }

    @Get("/payments")
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER, Roles.SUPERVISOR})
    @Operation(summary = "Payments, newest first, filtered; page with beforeId",
            description = "from/to: dates YYYY-MM-DD (Moscow, both included); clientEmail: the payer;"
                    + " kind: GATEWAY, BALANCE, OFFLINE or COUPON; minKopecks/maxKopecks: the amount's bounds.")
    public PaymentListJson listPayments(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                        @Nullable @QueryValue String clientEmail, @Nullable @QueryValue String gateway,
                                        @Nullable @QueryValue String kind, @Nullable @QueryValue String minKopecks,
                                        @Nullable @QueryValue String maxKopecks, @Nullable @QueryValue String beforeId,
                                        @Nullable @QueryValue String limit, @RequestCaller Caller caller) {
        Validation v = new Validation();
        Long min = kopecks(v, "minKopecks", minKopecks).orElse(null);
        Long max = kopecks(v, "maxKopecks", maxKopecks).orElse(null);
        Long before = QueryParams.id(v, "beforeId", beforeId).orElse(null);
        int pageSize = QueryParams.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        PaymentsUseCase.ListForm form = new PaymentsUseCase.ListForm(QueryParams.text(from).orElse(null),
                QueryParams.text(to).orElse(null), QueryParams.text(clientEmail).orElse(null),
                QueryParams.text(gateway).orElse(null), QueryParams.text(kind).orElse(null), min, max, before, pageSize);
        return PaymentListJson.page(payments.list(caller, form), pageSize);
    }

    @Get("/payments/log")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Every gateway call as received (headers, raw body) with its verdict, newest first",
            description = "verdict: ACCEPTED, DUPLICATE, BAD_SIGNATURE, MALFORMED, UNKNOWN_ORDER, WRONG_ACCOUNT,"
                    + " WRONG_AMOUNT, WRONG_CURRENCY, NOT_PAYABLE or TEST_NOT_ALLOWED; page with beforeId.")
    public GatewayLogJson gatewayLog(@Nullable @QueryValue String gateway, @Nullable @QueryValue String verdict,
                                     @Nullable @QueryValue String beforeId, @Nullable @QueryValue String limit,
                                     @RequestCaller Caller caller) {
        Validation v = new Validation();
        Long before = QueryParams.id(v, "beforeId", beforeId).orElse(null);
        int pageSize = QueryParams.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        return GatewayLogJson.page(payments.log(caller, QueryParams.text(gateway).orElse(null),
                QueryParams.text(verdict).orElse(null), before, pageSize), pageSize);
    }

    @Get("/integrity")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Check that balances, movements, payments and order statuses agree",
            description = "200 whether consistent or not; each check lists what it found.")
    public IntegrityJson checkIntegrity(@RequestCaller Caller caller) {
        return IntegrityJson.from(payments.checkIntegrity(caller));
    }

    /** An amount bound: a whole number of kopecks, zero or more. */
    private static Optional<Long> kopecks(Validation v, String field, String raw) {
        return v.checkOptional(field, raw, text -> {
            try {
                long value = Long.parseLong(text.trim());
                if (value >= 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw ValidationException.of(field, "NOT_AN_AMOUNT", "must be a whole number of kopecks, zero or more");
        });
    }
}
