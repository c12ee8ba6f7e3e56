package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.presale.query.PresaleViews;
import cn.cmcc.ah.gca.support.web.Actor;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** ENG's inbox (Art. 12, 14): the access points referred to it and not answered yet. */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

    private final PresaleViews views;

    ReferralController(PresaleViews views) {
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Open referrals to ENG, oldest first (Art. 12, 14)",
            description = "Each with the form's request and what CSSC found. Not for CUSTOMER tokens.")
    List<PresaleViews.OpenReferral> open(@RequestParam(defaultValue = "100") int limit, Actor actor) {
        Readers.requireStaff(actor, "Art. 12, 14");
        return views.openReferrals(limit);
    }
}
