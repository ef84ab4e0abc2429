package io.ordercore.application.testing;

import io.ordercore.application.port.in.CallOrderForm;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test-data builder for {@link CallOrderForm}: a form that is valid at the default test "now"
 * (2026-11-23 09:00 Moscow), with any field replaced by name, as the form sends it.
 */
public final class CallOrderForms {

    private final Map<String, Object> values = new LinkedHashMap<>();

    private CallOrderForms(long callTypeId) {
        values.put("callTypeId", callTypeId);
        values.put("clientName", "Ivan Petrov");
        values.put("clientEmail", "ivan@example.com");
        values.put("recipientName", "Maria Ivanova");
        values.put("recipientPhone", "+7 916 123-45-67");
        values.put("recipientCountry", "RU");
        values.put("recipientCity", "Moscow");
        values.put("callDate", "2026-11-25");
        values.put("windowStart", "10:00");
        values.put("windowEnd", "12:00");
        values.put("preferredGender", null);
        values.put("wishes", null);
        values.put("anonymous", null);
        values.put("consent", true);
        values.put("couponCode", null);
        values.put("password", null);
        values.put("pointId", null);
    }

    /** A valid form for the given call type. */
    public static CallOrderForms aForm(long callTypeId) {
        return new CallOrderForms(callTypeId);
    }

    /** A form with every field left empty. */
    public static CallOrderForm emptyForm() {
        return new CallOrderForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Replaces one field, named as in {@link CallOrderForm}. */
    public CallOrderForms with(String field, Object value) {
        if (!values.containsKey(field)) {
            throw new IllegalArgumentException("CallOrderForm has no field " + field);
        }
        values.put(field, value);
        return this;
    }

    public CallOrderForms window(String date, String start, String end) {
        return with("callDate", date).with("windowStart", start).with("windowEnd", end);
    }

    public CallOrderForm build() {
        RecordComponent[] components = CallOrderForm.class.getRecordComponents();
        try {
            Constructor<CallOrderForm> canonical = CallOrderForm.class.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(Arrays.stream(components).map(c -> values.get(c.getName())).toArray());
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build a CallOrderForm", e);
        }
    }
}
