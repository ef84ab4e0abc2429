package io.ordercore.adapter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.domain.shared.DomainException.Kind;
import org.junit.jupiter.api.Test;

/** Each kind of refusal has its own status. */
class DomainExceptionHandlerTest {

    @Test
    void mapsEveryKindToItsStatus() {
        assertThat(DomainExceptionHandler.status(Kind.INVALID).getCode()).isEqualTo(400);
        assertThat(DomainExceptionHandler.status(Kind.UNAUTHENTICATED).getCode()).isEqualTo(401);
        assertThat(DomainExceptionHandler.status(Kind.FORBIDDEN).getCode()).isEqualTo(403);
        assertThat(DomainExceptionHandler.status(Kind.NOT_FOUND).getCode()).isEqualTo(404);
        assertThat(DomainExceptionHandler.status(Kind.CONFLICT).getCode()).isEqualTo(409);
        assertThat(DomainExceptionHandler.status(Kind.REFUSED).getCode()).isEqualTo(422);
    }
}
