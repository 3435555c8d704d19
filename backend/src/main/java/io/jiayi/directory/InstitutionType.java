package io.jiayi.directory;

/** The kinds of institution in the district's three tiers. */
public enum InstitutionType {
    /** 社区卫生服务中心: signs residents with family doctors. */
    COMMUNITY_CENTRE,
    /** 分中心: a community centre's branch. */
    BRANCH_CENTRE,
    /** 社区卫生服务站: a community centre's station in a neighbourhood. */
    SERVICE_STATION,
    /** 区属医院: the district's hospitals; 同仁医院 is the regional medical centre. */
    DISTRICT_HOSPITAL,
    /** 市级医院: city hospitals in the signing combination. */
    CITY_HOSPITAL;

    /** Branches and stations hang under a community centre; nothing else has a parent. */
    public boolean belongsToCentre() {
        return this == BRANCH_CENTRE || this == SERVICE_STATION;
    }
}
