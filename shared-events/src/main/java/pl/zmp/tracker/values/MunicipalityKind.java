package pl.zmp.tracker.values;

/**
 * What kind of place takes part in projects. Polish kinds follow the TERC register;
 * foreign places are municipalities of their own country (a Ukrainian hromada is one).
 */
public enum MunicipalityKind {
    /** gmina miejska, miasto na prawach powiatu, or the town of an urban-rural gmina */
    CITY,
    /** gmina miejsko-wiejska */
    URBAN_RURAL_GMINA,
    /** gmina wiejska */
    RURAL_GMINA,
    /** powiat */
    COUNTY,
    /** województwo */
    VOIVODESHIP,
    /** a municipality outside Poland */
    FOREIGN_MUNICIPALITY;

    public boolean isPolish() {
        return this != FOREIGN_MUNICIPALITY;
    }
}
