package org.learningsociety.core.subject;

import java.util.Set;
import org.learningsociety.core.unit.UnitLevel;

/** What a subject is, and the model it takes part in. */
public enum SubjectKind {
    HOUSEHOLD(LearningModel.FAMILY, "Hộ gia đình", Set.of(UnitLevel.VILLAGE, UnitLevel.COMMUNE)),
    CLAN(LearningModel.CLAN, "Dòng họ", Set.of(UnitLevel.VILLAGE, UnitLevel.COMMUNE)),
    /** A village or residential group as a community: attached to the village itself. */
    VILLAGE_COMMUNITY(LearningModel.COMMUNITY, "Cộng đồng thôn, tổ dân phố", Set.of(UnitLevel.VILLAGE)),
    /** A commune, district or province as a community (Circular 25/2023/TT-BGDĐT). */
    LOCALITY_COMMUNITY(LearningModel.COMMUNITY, "Cộng đồng xã, huyện, tỉnh",
            Set.of(UnitLevel.COMMUNE, UnitLevel.DISTRICT, UnitLevel.PROVINCE)),
    ORGANISATION(LearningModel.UNIT, "Cơ quan, đơn vị, doanh nghiệp",
            Set.of(UnitLevel.VILLAGE, UnitLevel.COMMUNE, UnitLevel.DISTRICT, UnitLevel.PROVINCE)),
    PERSON(LearningModel.CITIZEN, "Công dân", Set.of(UnitLevel.VILLAGE, UnitLevel.COMMUNE));

    private final LearningModel model;
    private final String vietnameseName;
    private final Set<UnitLevel> attachableTo;

    SubjectKind(LearningModel model, String vietnameseName, Set<UnitLevel> attachableTo) {
        this.model = model;
        this.vietnameseName = vietnameseName;
        this.attachableTo = attachableTo;
    }

    public LearningModel model() {
        return model;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** The levels of the units a subject of this kind may belong to. */
    public Set<UnitLevel> attachableLevels() {
        return attachableTo;
    }

    /** Whether a subject of this kind may belong to a unit of {@code level}. */
    public boolean mayBelongTo(UnitLevel level) {
        return attachableTo.contains(level);
    }

    /** The usual kind of subject for a model attached to a unit of {@code level}. */
    public static SubjectKind of(LearningModel model, UnitLevel level) {
        return switch (model) {
            case FAMILY -> HOUSEHOLD;
            case CLAN -> CLAN;
            case COMMUNITY -> level == UnitLevel.VILLAGE ? VILLAGE_COMMUNITY : LOCALITY_COMMUNITY;
            case UNIT -> ORGANISATION;
            case CITIZEN -> PERSON;
        };
    }
}
