package com.backrelief.coach.robustness;

import com.backrelief.coach.RequestRejectedException;
import com.backrelief.coach.support.AnswerChecks;
import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Valid envelopes from events/, damaged at random (fields removed, replaced by other JSON types,
 * long or markup-laden strings, unknown fields added): the skill answers soundly, answers with
 * nothing, or rejects cleanly; it never throws anything else and never speaks broken SSML.
 */
class MutatedEnvelopeProperties {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final TestSkill SKILL = new TestSkill();

    /** One damage: which node (by index into the tree's nodes), what to do, and with what. */
    record Mutation(int target, int kind, JsonNode value) {
    }

    @Property(tries = 400)
    void damagedEnvelopesNeverBreakTheSkill(@ForAll("events") String event,
                                            @ForAll("damage") List<Mutation> mutations) {
        ObjectNode envelope = Events.json(event);
        mutations.forEach(m -> apply(envelope, m));
        Reply reply;
        try {
            reply = SKILL.send(envelope);
        } catch (RequestRejectedException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            return;
        }
        AnswerChecks.assertSound(reply, event + " with " + mutations);
    }

    @Provide
    Arbitrary<String> events() {
        return Arbitraries.of(Events.names());
    }

    @Provide
    Arbitrary<List<Mutation>> damage() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 2), values())
                .as(Mutation::new)
                .list().ofMinSize(1).ofMaxSize(4);
    }

    private static Arbitrary<JsonNode> values() {
        Arbitrary<JsonNode> strings = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("<speak>", "&", "</break>", "\"'<>", "AMAZON.StopIntent", "ER_SUCCESS_NO_MATCH", ""),
                Arbitraries.strings().withChars('x', '<', '&').ofLength(20_000))
                .map(NODES::textNode);
        return Arbitraries.oneOf(strings,
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode()));
    }

    /** Kind 0 removes the node, 1 replaces it, 2 adds an unknown field beside it. */
    private static void apply(ObjectNode root, Mutation mutation) {
        List<Object[]> places = new ArrayList<>();
        collect(root, places);
        Object[] place = places.get(mutation.target() % places.size());
        JsonNode parent = (JsonNode) place[0];
        Object key = place[1];
        if (parent instanceof ObjectNode object) {
            switch (mutation.kind()) {
                case 0 -> object.remove((String) key);
                case 1 -> object.set((String) key, mutation.value());
                default -> object.set("unknown" + mutation.target(), mutation.value());
            }
        } else if (parent instanceof ArrayNode array) {
            int index = (Integer) key;
            switch (mutation.kind()) {
                case 0 -> array.remove(index);
                case 1 -> array.set(index, mutation.value());
                default -> array.add(mutation.value());
            }
        }
    }

    private static void collect(JsonNode node, List<Object[]> places) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                places.add(new Object[] {object, name});
                collect(object.get(name), places);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(new Object[] {array, i});
                collect(array.get(i), places);
            }
        }
    }
}
