package io.ordercore.adapter.web.operator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictInteger;
import io.ordercore.adapter.web.json.StrictLong;
import io.ordercore.adapter.web.json.StrictLongList;
import io.ordercore.application.port.in.OperatorForm;
import java.util.List;

/**
 * An operator's dispatch profile as typed: the OPERATOR account's {@code email} (on create only),
 * {@code gender} MALE or FEMALE, {@code talentIds}, {@code tariffKopecks} earned per completed order,
 * {@code capacity} 1..100 and {@code workingHours} "09:00-18:00" (Moscow; "" for any time). On update
 * an absent field keeps its value. Checked by the core.
 */
@Serdeable
public record OperatorRequest(@Nullable String email,
                              @Nullable String gender,
                              @Nullable @Serdeable.Deserializable(using = StrictLongList.class) List<Long> talentIds,
                              @Nullable @Serdeable.Deserializable(using = StrictLong.class) Long tariffKopecks,
                              @Nullable @Serdeable.Deserializable(using = StrictInteger.class) Integer capacity,
                              @Nullable String workingHours) {

    static final OperatorRequest EMPTY = new OperatorRequest(null, null, null, null, null, null);

    OperatorForm toForm() {
        return new OperatorForm(email, gender, talentIds, tariffKopecks, capacity, workingHours);
    }
}
