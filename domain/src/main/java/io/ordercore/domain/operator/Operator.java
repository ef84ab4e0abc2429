package io.ordercore.domain.operator;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.shared.Gender;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.ValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person who makes calls, as dispatch sees them: identified by their account, with a gender,
 * the talents they hold, a tariff (RUB, never negative), a rating (higher is better, may be
 * negative), a state, how many orders they may hold at once ({@link #MIN_CAPACITY}..
 * {@link #MAX_CAPACITY}) and optional working hours (none = any time of day).
 * Immutable: changes return a new operator.
 */
public record Operator(AccountId id, String name, Gender gender, Set<TalentId> talents, Money tariff, int rating,
                       OperatorState state, int capacity, Optional<WorkingHours> workingHours) {

    public static final int MAX_NAME = 255;
    public static final int DEFAULT_CAPACITY = 1;
    public static final int MIN_CAPACITY = 1;
    public static final int MAX_CAPACITY = 100;

    public Operator {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, MAX_NAME);
        Objects.requireNonNull(gender, "gender");
        talents = Set.copyOf(talents);
        Objects.requireNonNull(tariff, "tariff");
        if (tariff.isNegative() || !tariff.currency().equals(Money.RUB)) {
            throw ValidationException.of("tariff", "INVALID_TARIFF", "must be a non-negative amount in RUB");
        }
        Objects.requireNonNull(state, "state");
        if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
            throw ValidationException.of("capacity", "OUT_OF_RANGE", "must be " + MIN_CAPACITY + ".." + MAX_CAPACITY);
        }
        Objects.requireNonNull(workingHours, "workingHours");
    }

    /** Whether a call in {@code window} fits the working hours; always true without hours. */
    public boolean worksDuring(CallWindow window) {
        // isPresent/get rather than map(): this runs once per candidate in dispatch's hot loop.
        return workingHours.isEmpty() || workingHours.get().covers(window);
    }

    public Operator withState(OperatorState newState) {
        return new Operator(id, name, gender, talents, tariff, rating, newState, capacity, workingHours);
    }

    public Operator withRating(int newRating) {
        return new Operator(id, name, gender, talents, tariff, newRating, state, capacity, workingHours);
    }

    public Operator withTariff(Money newTariff) {
        return new Operator(id, name, gender, talents, newTariff, rating, state, capacity, workingHours);
    }

    public Operator withCapacity(int newCapacity) {
        return new Operator(id, name, gender, talents, tariff, rating, state, newCapacity, workingHours);
    }

    public Operator withTalents(Set<TalentId> newTalents) {
        return new Operator(id, name, gender, newTalents, tariff, rating, state, capacity, workingHours);
    }

    public Operator withWorkingHours(Optional<WorkingHours> newHours) {
        return new Operator(id, name, gender, talents, tariff, rating, state, capacity, newHours);
    }

    public Operator withGender(Gender newGender) {
        return new Operator(id, name, newGender, talents, tariff, rating, state, capacity, workingHours);
    }
}
