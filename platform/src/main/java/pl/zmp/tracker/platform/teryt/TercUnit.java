package pl.zmp.tracker.platform.teryt;

import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

/** One row of the TERC register: its code, official name, the register's kind label and our kind. */
public record TercUnit(TercCode code, String officialName, String registerKind, MunicipalityKind kind) {
}
