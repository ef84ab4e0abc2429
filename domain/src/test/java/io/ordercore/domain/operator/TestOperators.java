package io.ordercore.domain.operator;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.shared.Gender;
import io.ordercore.domain.shared.Money;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Test-data builder for operators: by default active, female, rating 0, capacity 1, no talents, any hours. */
public final class TestOperators {

    private final long id;
    private String name = "Anna Smirnova";
    private Gender gender = Gender.FEMALE;
    private Set<TalentId> talents = Set.of();
    private Money tariff = Money.roubles(300);
    private int rating;
    private OperatorState state = OperatorState.ACTIVE;
    private int capacity = Operator.DEFAULT_CAPACITY;
    private Optional<WorkingHours> hours = Optional.empty();

    private TestOperators(long id) {
        this.id = id;
    }

    public static TestOperators operator(long id) {
        return new TestOperators(id);
    }

    public static Set<TalentId> talentIds(long... ids) {
        return Arrays.stream(ids).mapToObj(TalentId::new).collect(Collectors.toSet());
    }

    public TestOperators name(String value) {
        name = value;
        return this;
    }

    public TestOperators gender(Gender value) {
        gender = value;
        return this;
    }

    public TestOperators talents(long... ids) {
        talents = talentIds(ids);
        return this;
    }

    public TestOperators tariff(Money value) {
        tariff = value;
        return this;
    }

    public TestOperators rating(int value) {
        rating = value;
        return this;
    }

    public TestOperators state(OperatorState value) {
        state = value;
        return this;
    }

    public TestOperators capacity(int value) {
        capacity = value;
        return this;
    }

    /** Hours as "09:00-18:00". */
    public TestOperators hours(String value) {
        hours = Optional.of(WorkingHours.parse(value));
        return this;
    }

    public Operator build() {
        return new Operator(new AccountId(id), name, gender, talents, tariff, rating, state, capacity, hours);
    }
}
