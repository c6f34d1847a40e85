package com.backrelief.coach;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.utils.SubTypesManifest;
import com.amazon.ask.request.SkillRequest;
import com.backrelief.coach.handlers.common.EventNotHandledException;
import com.amazon.ask.response.SkillResponse;
import com.amazon.ask.response.impl.BaseSkillResponse;
import com.amazon.ask.util.impl.JacksonJsonMarshaller;
import com.amazon.ask.util.impl.ObjectMapperFactory;
import com.backrelief.coach.logging.Metrics;
import com.backrelief.coach.logging.RequestLog;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * What every request passes before the skill sees it. The ASK SDK's own checks dereference parts
 * of the envelope that Alexa or a caller may leave out, and throw on request types it does not
 * know; this gate checks the same things safely: the body must be a JSON object, the skill id
 * must match when one is configured, and a request type the SDK has no model for is answered
 * with an empty response rather than an error, as Alexa adds new types over time.
 */
public final class SkillGate implements AlexaSkill<RequestEnvelope, ResponseEnvelope> {

    private static final ObjectMapper JSON = ObjectMapperFactory.getMapper().copy()
            .addMixIn(Context.Builder.class, UnreadContext.class)
            .addMixIn(Device.Builder.class, UnreadDevice.class);
    private static final Map<String, Class> KNOWN_TYPES = SubTypesManifest.getSubType(Request.class);
    private static final JacksonJsonMarshaller<ResponseEnvelope> MARSHALLER =
            JacksonJsonMarshaller.forType(ResponseEnvelope.class);

    private final CustomSkill skill;
    private final Optional<String> skillId;
    private final Metrics metrics;

    /** @param metrics what each request's log line counts ({@link Metrics#NONE} for requests that are not people's) */
    public SkillGate(CustomSkill skill, Optional<String> skillId, Metrics metrics) {
        this.skill = skill;
        this.skillId = skillId;
        this.metrics = metrics;
    }

    @Override
    public SkillResponse<ResponseEnvelope> execute(SkillRequest request, Object context) {
        RequestLog log = RequestLog.begin(metrics);
        try {
            return new BaseSkillResponse<>(MARSHALLER, answer(request.getRawRequest(), context, log));
        } catch (RequestRejectedException e) {
            log.outcome("rejected").reason(e.getMessage());
            throw e;
        } catch (EventNotHandledException e) {
            log.reason(e.getMessage());
            throw e;
        } finally {
            log.finish();
        }
    }

    private ResponseEnvelope answer(byte[] body, Object context, RequestLog log) {
        JsonNode json = parse(body);
        String type = json.path("request").path("type").asText("");
        log.request(json.path("request").path("requestId").asText(null), type, null, null);
        verifySkillId(json);
        if (!KNOWN_TYPES.containsKey(type)) {
            log.outcome("unknown-type");
            return emptyResponse();
        }
        RequestEnvelope envelope;
        try {
            envelope = JSON.treeToValue(json, RequestEnvelope.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new RequestRejectedException("The request does not match the Alexa request format.", e);
        }
        try {
            return skill.invoke(envelope, context);
        } catch (RuntimeException e) {
            EventNotHandledException.in(e).ifPresent(notHandled -> {
                throw notHandled;
            });
            // The skill's own error handler answers failures inside handlers; this catches what
            // fails around them, so no exception ever reaches Alexa as an answer.
            log.error(e);
            return FailureResponse.forRequest(type);
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || !json.isObject()) {
                throw reject("The request body is not a JSON object.", null);
            }
            return json;
        } catch (IOException e) {
            throw reject("The request body is not valid JSON.", e);
        }
    }

    private void verifySkillId(JsonNode json) {
        if (skillId.isEmpty()) {
            return;
        }
        String fromContext = json.path("context").path("System").path("application").path("applicationId").asText(null);
        String fromSession = json.path("session").path("application").path("applicationId").asText(null);
        String applicationId = fromContext != null ? fromContext : fromSession;
        if (!skillId.get().equals(applicationId)) {
            throw reject("Request rejected: it is for skill " + (applicationId == null ? "(none given)" : applicationId)
                    + ", but this function answers only " + skillId.get() + " (SKILL_ID; skill id mismatch). To run an "
                    + "event made for another skill locally, set SKILL_ID to its id.", null);
        }
    }

    private static RequestRejectedException reject(String message, Throwable cause) {
        return new RequestRejectedException(message, cause);
    }

    private static ResponseEnvelope emptyResponse() {
        return ResponseEnvelope.builder().withVersion("1.0").build();
    }

    /**
     * The parts of {@code context} the skill never reads (the screen's state and size, audio, location,
     * extensions: the APL documents adapt to the screen themselves).
     * Leaving them out of deserialisation spares a cold start several hundred model classes;
     * {@code context.System} (user, device id, API endpoint and token) is read as before.
     */
    @JsonIgnoreProperties({"Alexa.Presentation", "Alexa.Presentation.APL", "AudioPlayer", "Automotive", "Display",
            "Geolocation", "Viewport", "Viewports", "Extensions", "Alexa.DataStore.PackageManager", "AppLink",
            "Experimentation"})
    private interface UnreadContext {
    }

    /** Of the device, the skill reads its id and whether it has a screen (its supported interfaces). */
    @JsonIgnoreProperties({"persistentEndpointId"})
    private interface UnreadDevice {
    }
}
