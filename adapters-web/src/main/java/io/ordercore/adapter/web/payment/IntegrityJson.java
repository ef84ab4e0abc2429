package io.ordercore.adapter.web.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.PaymentsUseCase.IntegrityReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The money's integrity check: each check's name ({@code balances}, {@code movements},
 * {@code paidOrders}, {@code payments}, {@code statuses}) with what it found; {@code consistent}
 * when every list is empty.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IntegrityJson(boolean consistent, Map<String, List<String>> findings) {

    static IntegrityJson from(IntegrityReport report) {
        return new IntegrityJson(report.consistent(), new LinkedHashMap<>(report.findings()));
    }
}
