package com.backrelief.coach.content;

import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.advice.TopicGuide;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.domain.understanding.Understanding;
import com.backrelief.coach.screen.Documents;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything the skill says that is data rather than code, read and validated once per container.
 *
 * @param catalogue the exercises and routines
 * @param heatIce   the heat-and-ice wording
 * @param redFlags  the red-flag symptoms by tier
 * @param numbers   emergency and urgent-care wording per locale
 * @param topics    answers to everyday questions by topic
 * @param understanding how free text is read for meaning
 * @param screens   the APL documents and the drawings of the exercises, for devices with a screen
 */
public record Content(StretchCatalogue catalogue, HeatIceGuide heatIce, RedFlagScreen redFlags, EmergencyNumbers numbers,
                      TopicGuide topics, Understanding understanding, Documents screens) {

    public static Content load() {
        StretchCatalogue catalogue = ContentLoader.stretchCatalogue();
        RedFlagScreen redFlags = ContentLoader.redFlagScreen();
        JsonNode topics = UnderstandingLoader.topicsFile();
        return new Content(catalogue, ContentLoader.heatIceGuide(), redFlags, ContentLoader.emergencyNumbers(),
                UnderstandingLoader.topics(topics), UnderstandingLoader.understanding(redFlags, catalogue, topics),
                ScreenLoader.documents(catalogue));
    }
}
