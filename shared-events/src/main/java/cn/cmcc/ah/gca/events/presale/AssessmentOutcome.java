package cn.cmcc.ah.gca.events.presale;

import java.util.Set;

/**
 * What CSSC found for one segment of one access point (Art. 11–14).
 * <p>
 * The constants are declared <b>from the least to the most severe</b>, by how much must happen before the resource
 * exists: nothing, maintenance optimisation by CSSC, core capacity decided by ENG, expansion or a new build of the
 * access network decided by ENG. A point's outcome is the most severe outcome among its segments
 * ({@link #compareTo}); do not reorder the constants.
 */
public enum AssessmentOutcome {
    /** 现网具备接入资源 — the existing network has the resource (Art. 11). */
    AVAILABLE("具备资源", "Art. 11", Set.of(Segment.CORE, Segment.ACCESS_BACKBONE, Segment.LAST_MILE)),
    /** 接入末端经维护优化即可提供 — the last mile can be provided by optimisation, by a date CSSC gives (Art. 13). */
    LAST_MILE_OPTIMIZABLE("末端可优化提供", "Art. 13", Set.of(Segment.LAST_MILE)),
    /** 核心资源不具备接入能力 — the core lacks capacity; referred to ENG (Art. 12). */
    CORE_INSUFFICIENT("核心资源不足", "Art. 12", Set.of(Segment.CORE)),
    /** 接入主干或接入末端需扩容或新建 — backbone or last mile needs expansion or a new build; referred to ENG (Art. 14). */
    BUILD_REQUIRED("需扩容或新建", "Art. 14", Set.of(Segment.ACCESS_BACKBONE, Segment.LAST_MILE));

    private final String label;
    private final String article;
    private final Set<Segment> segments;

    AssessmentOutcome(String label, String article, Set<Segment> segments) {
        this.label = label;
        this.article = article;
        this.segments = segments;
    }

    public String label() {
        return label;
    }

    /** The article that sets this outcome's handling and reply time limit. */
    public String article() {
        return article;
    }

    /** Whether the outcome can be found on that segment (Art. 12 speaks of the core, Art. 13 of the last mile, Art. 14 of backbone and last mile). */
    public boolean appliesTo(Segment segment) {
        return segments.contains(segment);
    }

    /** Art. 12 and 14: ENG decides whether a project is approved and when it will be in service. */
    public boolean needsEngineering() {
        return this == CORE_INSUFFICIENT || this == BUILD_REQUIRED;
    }
}
