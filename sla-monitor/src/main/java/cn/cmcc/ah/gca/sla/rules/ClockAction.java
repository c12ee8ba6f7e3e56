package cn.cmcc.ah.gca.sla.rules;

/** TEMPORARY stand-in until the rules branch merges. */
public enum ClockAction { START, RECOMPUTE, PAUSE, RESUME, STOP, CANCEL }
