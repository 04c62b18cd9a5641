package pl.zmp.tracker.values;

/** How an organisation takes part in a project: IATI's participating-organisation roles plus lead partner. */
public enum PartnerRole {
    LEAD,
    FUNDING,
    ACCOUNTABLE,
    EXTENDING,
    IMPLEMENTING,
    PARTNER
}
