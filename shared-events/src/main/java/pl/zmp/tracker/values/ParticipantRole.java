package pl.zmp.tracker.values;

/** How a municipality takes part in a project. */
public enum ParticipantRole {
    PARTICIPATING_PLACE,
    TRAINING_HOST,
    NETWORK_MEMBER,
    NETWORK_LEAD,
    CONTRIBUTOR,
    EXHIBITION_HOST,
    PARTNER_CITY
}
