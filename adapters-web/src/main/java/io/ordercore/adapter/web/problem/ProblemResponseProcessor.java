package io.ordercore.adapter.web.problem;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Writes every error response Micronaut makes (its own: unknown route, wrong method, unreadable
 * body...; ours: {@link DomainExceptionHandler}; unexpected exceptions, which Micronaut logs) as
 * problem JSON. Being an {@link ErrorResponseProcessor} bean, it replaces Micronaut's default JSON
 * and HTML error bodies.
 */
@Singleton
public class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Problem>) response;
        }
        Problem problem = Problems.describe(response.code(), context.getRootCause().orElse(null), context.getRequest());
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
