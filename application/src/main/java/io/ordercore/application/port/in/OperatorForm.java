package io.ordercore.application.port.in;

import java.util.List;

/**
 * An operator's dispatch profile as typed (HTTP or CLI); the core checks every field and reports all
 * problems at once. On update a null field keeps the stored value.
 *
 * @param email         the OPERATOR account's e-mail (on add; ignored on update)
 * @param gender        MALE or FEMALE
 * @param talentIds     talents from the talent catalogue
 * @param tariffKopecks the fee earned per completed order, in kopecks (0 or more)
 * @param capacity      how many orders at once (OperatorProposed or InProgress), 1..100, default 1
 * @param workingHours  "HH:MM-HH:MM" Moscow time, or empty for any time; null keeps (update) / none (add)
 */
public record OperatorForm(String email, String gender, List<Long> talentIds, Long tariffKopecks, Integer capacity,
                           String workingHours) {
}
