package io.ordercore.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.domain.account.Role;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The role names of {@code @Secured} are exactly the core's roles. */
class RolesTest {

    @Test
    void everyRoleHasItsConstantAndNothingElseIsOne() throws IllegalAccessException {
        java.util.List<String> constants = new java.util.ArrayList<>();
        for (Field field : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
                constants.add((String) field.get(null));
            }
        }

        assertThat(constants).containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
    }
}
