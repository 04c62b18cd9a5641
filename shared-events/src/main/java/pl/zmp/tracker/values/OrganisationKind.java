package pl.zmp.tracker.values;

/** What kind of body a partner organisation is. */
public enum OrganisationKind {
    MINISTRY,
    ASSOCIATION,
    FOUNDATION,
    AGENCY,
    COMPANY,
    /** a municipality's own office or body */
    MUNICIPAL_BODY,
    PUBLIC_INSTITUTION,
    REGIONAL_GOVERNMENT,
    OTHER
}
