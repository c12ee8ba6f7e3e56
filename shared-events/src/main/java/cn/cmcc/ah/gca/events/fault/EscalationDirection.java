package cn.cmcc.ah.gca.events.fault;

/** Which way a ticket changed level: up CSSC → OMT → PND (Art. 28, 30), or handed back down with a reason. */
public enum EscalationDirection {
    /** 转派: to the next level up (Art. 28: CSSC → OMT; Art. 30: OMT → PND) */
    UP,
    /** 退回: handed back to a lower level (decision, workflow-en.md Art. 24–31), e.g. not a provincial fault */
    DOWN
}
