package com.backrelief.coach.content;

import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.domain.stretching.StretchCatalogue;

/**
 * Everything the skill says that is data rather than code, read and validated once per container.
 *
 * @param catalogue the exercises and routines
 * @param heatIce   the heat-and-ice wording
 * @param redFlags  the red-flag symptoms by tier
 * @param numbers   emergency and urgent-care wording per locale
 */
public record Content(StretchCatalogue catalogue, HeatIceGuide heatIce, RedFlagScreen redFlags, EmergencyNumbers numbers) {

    public static Content load() {
        return new Content(ContentLoader.stretchCatalogue(), ContentLoader.heatIceGuide(),
                ContentLoader.redFlagScreen(), ContentLoader.emergencyNumbers());
    }
}
