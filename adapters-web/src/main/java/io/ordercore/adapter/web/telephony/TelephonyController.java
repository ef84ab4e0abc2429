package io.ordercore.adapter.web.telephony;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.ordercore.application.port.in.TelephonyUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;

/**
 * Telephony's callback with the result of a call. No bearer token: the body is authenticated by its
 * signature, checked over the raw bytes before anything is read from them.
 */
@Controller("/api/v1/telephony")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Telephony")
public class TelephonyController {

    static final String SIGNATURE_HEADER = "X-Signature";
    private static final Argument<CallReportRequest> REPORT = Argument.of(CallReportRequest.class, "body");

    private final TelephonyUseCase telephony;
    private final TelephonySignature signature;
    private final JsonMapper json;

    public TelephonyController(TelephonyUseCase telephony, TelephonySignature signature, JsonMapper json) {
        this.telephony = telephony;
        this.signature = signature;
        this.json = json;
    }

    @Post("/call-result")
    @Operation(summary = "Report a call's result; signed with X-Signature, the hex HMAC-SHA256 of the raw body",
            description = "401 INVALID_SIGNATURE when the signature is missing or wrong (nothing changes). A call long"
                    + " enough completes its order; a repeated report answers DUPLICATE and changes nothing.",
            requestBody = @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CallReportRequest.class))))
    public OutcomeJson reportCallResult(@Nullable @Header(SIGNATURE_HEADER) String signed,
                                        @Nullable @Body byte[] body) throws IOException {
        byte[] raw = body == null ? new byte[0] : body;
        signature.verify(raw, signed);
        return new OutcomeJson(telephony.report(read(raw).toReport()).name());
    }

    private CallReportRequest read(byte[] raw) throws IOException {
        CallReportRequest report;
        try {
            report = json.readValue(raw, REPORT);
        } catch (JsonSyntaxException malformed) {
            throw malformed;
        } catch (IOException wrongShape) {
            // Answered like a body Micronaut binds itself: 400 naming the field.
            throw new ConversionErrorException(REPORT, wrongShape);
        }
        if (report == null) {
            throw new ConversionErrorException(REPORT, new IOException("the body is empty"));
        }
        return report;
    }
}
