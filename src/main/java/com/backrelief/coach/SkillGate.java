package com.backrelief.coach;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.utils.SubTypesManifest;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.amazon.ask.response.impl.BaseSkillResponse;
import com.amazon.ask.util.impl.JacksonJsonMarshaller;
import com.amazon.ask.util.impl.ObjectMapperFactory;
import com.backrelief.coach.logging.LogLine;
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

    private static final ObjectMapper JSON = ObjectMapperFactory.getMapper();
    private static final Map<String, Class> KNOWN_TYPES = SubTypesManifest.getSubType(Request.class);
    private static final JacksonJsonMarshaller<ResponseEnvelope> MARSHALLER =
            JacksonJsonMarshaller.forType(ResponseEnvelope.class);

    private final CustomSkill skill;
    private final Optional<String> skillId;

    public SkillGate(CustomSkill skill, Optional<String> skillId) {
        this.skill = skill;
        this.skillId = skillId;
    }

    @Override
    public SkillResponse<ResponseEnvelope> execute(SkillRequest request, Object context) {
        JsonNode json = parse(request.getRawRequest());
        String type = json.path("request").path("type").asText("");
        verifySkillId(json, type);
        if (!KNOWN_TYPES.containsKey(type)) {
            LogLine.of("request").with("type", type.isEmpty() ? "(none)" : type).with("outcome", "unknown-type").write();
            return new BaseSkillResponse<>(MARSHALLER, emptyResponse());
        }
        RequestEnvelope envelope;
        try {
            envelope = JSON.treeToValue(json, RequestEnvelope.class);
        } catch (JsonProcessingException e) {
            throw reject("The request does not match the Alexa request format: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw reject("The request does not match the Alexa request format.", e);
        }
        return new BaseSkillResponse<>(MARSHALLER, skill.invoke(envelope, context));
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

    private void verifySkillId(JsonNode json, String type) {
        if (skillId.isEmpty()) {
            return;
        }
        String fromContext = json.path("context").path("System").path("application").path("applicationId").asText(null);
        String fromSession = json.path("session").path("application").path("applicationId").asText(null);
        String applicationId = fromContext != null ? fromContext : fromSession;
        if (!skillId.get().equals(applicationId)) {
            LogLine.of("rejected").with("type", type).with("reason", "skill id mismatch").write();
            throw reject("Request rejected: it is not for this skill (skill id mismatch).", null);
        }
    }

    private static RequestRejectedException reject(String message, Throwable cause) {
        return new RequestRejectedException(message, cause);
    }

    private static ResponseEnvelope emptyResponse() {
        return ResponseEnvelope.builder().withVersion("1.0").build();
    }
}
