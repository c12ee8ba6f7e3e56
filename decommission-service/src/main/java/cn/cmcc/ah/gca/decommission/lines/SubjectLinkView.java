package cn.cmcc.ah.gca.decommission.lines;

/**
 * A subject that belongs to the life of a circuit, or to a form: the circuit's form 1 and form 2 (learnt at its
 * activation), its fault tickets, the forms 5 naming it, a configuration-change form 2 of its adjustment; a form 2's
 * ENG builds and resource status changes, which SLA clocks watch under ids of their own. Listed under its owner.
 */
public class SubjectLinkView {

    /** the circuit, or the form the subject is part of */
    public String owner;
    public SubjectKind kind;
    public String subjectId;
    /** the access point the link is for: the circuit's point on a form of several points; empty for all */
    public String pointId = "";
}
