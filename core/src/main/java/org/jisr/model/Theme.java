package org.jisr.model;

import java.util.Optional;

/**
 * A theme of cooperation: what a partnership, project or event is about.
 *
 * <p>Codelist {@code themes}; labels in French, Arabic and English are in its codelist file.
 *
 * @since 0.1
 */
public enum Theme implements Coded {
    /** Decentralized cooperation between local authorities. */
    DECENTRALIZED_COOPERATION("decentralized-cooperation"),
    /** Institutional capacity building. */
    INSTITUTIONAL_CAPACITY("institutional-capacity"),
    /** Exchange of expertise and experience. */
    EXCHANGE_OF_EXPERTISE("exchange-of-expertise"),
    /** Local governance and decentralization. */
    LOCAL_GOVERNANCE("local-governance"),
    /** Climate change. */
    CLIMATE_CHANGE("climate-change"),
    /** Sustainability. */
    SUSTAINABILITY("sustainability"),
    /** Clean transition. */
    CLEAN_TRANSITION("clean-transition"),
    /** Environment. */
    ENVIRONMENT("environment"),
    /** Energy management and efficiency. */
    ENERGY_MANAGEMENT("energy-management"),
    /** Clean ecological alternatives. */
    ECOLOGICAL_ALTERNATIVES("ecological-alternatives"),
    /** Waste management. */
    WASTE_MANAGEMENT("waste-management"),
    /** Flood risk. */
    FLOOD_RISK("flood-risk"),
    /** Wastewater and rainwater management. */
    WASTEWATER_RAINWATER("wastewater-rainwater"),
    /** Drinking water. */
    DRINKING_WATER("drinking-water"),
    /** Coastal management. */
    COASTAL_MANAGEMENT("coastal-management"),
    /** Territorial planning and public spaces. */
    TERRITORIAL_PLANNING("territorial-planning"),
    /** Heritage and culture. */
    HERITAGE_CULTURE("heritage-culture"),
    /** Local economic development. */
    LOCAL_ECONOMIC_DEVELOPMENT("local-economic-development"),
    /** Tourism. */
    TOURISM("tourism"),
    /** Mobility and transport. */
    MOBILITY("mobility"),
    /** Education and youth. */
    EDUCATION_YOUTH("education-youth"),
    /** Health. */
    HEALTH("health"),
    /** Digital services. */
    DIGITAL("digital"),
    /** Gender equality. */
    GENDER_EQUALITY("gender-equality"),
    /** Social inclusion. */
    SOCIAL_INCLUSION("social-inclusion"),
    /** Agriculture and food. */
    AGRICULTURE_FOOD("agriculture-food"),
    /** Another theme. */
    OTHER("other");

    private final String code;

    Theme(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Finds the constant with the given code.
     *
     * @param code a code as written in exchange files
     * @return the constant, or empty when the code is not in the codelist
     */
    public static Optional<Theme> fromCode(String code) {
        return Coded.fromCode(Theme.class, code);
    }
}
