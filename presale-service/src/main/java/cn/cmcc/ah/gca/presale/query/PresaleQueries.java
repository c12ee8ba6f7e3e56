package cn.cmcc.ah.gca.presale.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.presale.command.ConfirmationForm;
import cn.cmcc.ah.gca.presale.command.SolutionTemplate;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.query.StatusLists;
import cn.cmcc.ah.gca.support.query.ViewStore;
import cn.cmcc.ah.gca.support.query.ViewStore.Order;
import cn.cmcc.ah.gca.support.query.ViewStores;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The pre-sale read models and the queries of Art. 6–16 on them. Inboxes and "whose move" lists read only the open
 * work; history lists page newest first; both cost what the page costs, not what the history holds.
 */
@Repository
public class PresaleQueries {

    private static final String ALL = "all";
    private static final String LIBRARY = "library";

    /** Forms: all, per customer, per final status; open statuses and "whose move" from the open work. */
    private static final StatusLists<ConfirmationFormView, ConfirmationForm.Status> FORM_LISTS = new StatusLists<>(
            ConfirmationFormView::customerGroupId, view -> view.status, ConfirmationForm.Status::closed,
            "request.customer.groupId", "status");

    final ViewStore<ProductView> products;
    final ViewStore<TemplateView> templates;
    final ViewStore<ConfirmationFormView> forms;
    final ViewStore<ReferralView> referrals;

    public PresaleQueries(ViewStores stores) {
        String group = PresaleProjection.GROUP;
        this.products = stores.builder("presale_product_views", ProductView.class, group)
                .id(view -> view.productCode)
                .openWhile(view -> true)
                .build();
        this.templates = stores.builder("presale_template_views", TemplateView.class, group)
                .id(view -> view.templateId)
                .openWhile(view -> view.status != SolutionTemplate.Status.PRODUCTISED)
                .listedIn(view -> view.status == SolutionTemplate.Status.PRODUCTISED
                        ? List.of(ALL, LIBRARY, LIBRARY + ":" + view.productCode) : List.of(ALL))
                .openIndex(Indexes.ascending("awaiting"))
                .build();
        this.forms = stores.builder("presale_form_views", ConfirmationFormView.class, group)
                .id(view -> view.formId)
                .openWhile(view -> !view.status.closed())
                .listedIn(FORM_LISTS::of)
                .openIndex(Indexes.compoundIndex(Indexes.ascending("awaiting"), Indexes.descending("_sort")))
                .openIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("_sort")))
                .openIndex(Indexes.compoundIndex(Indexes.ascending("request.customer.groupId"),
                        Indexes.descending("_sort")))
                .build();
        this.referrals = stores.builder("presale_referral_views", ReferralView.class, group)
                .id(view -> ReferralView.idOf(view.formId, view.point.pointId()))
                .openWhile(view -> view.open)
                .sortedBy(view -> view.referredAt.toEpochMilli())
                .build();
    }

    // ---- products (Art. 6): a catalogue, small by nature

    public Optional<ProductView> product(String productCode) {
        return products.find(productCode);
    }

    public Page<ProductView> products(Optional<Boolean> mature, PageRequest page) {
        return products.open(mature.map(m -> Filters.eq("mature", m)).orElse(Filters.empty()), Order.OLDEST_FIRST,
                page);
    }

    // ---- solution templates (Art. 7)

    public Optional<TemplateView> template(String templateId) {
        return templates.find(templateId);
    }

    /**
     * Templates, newest first: templates in the making (by status and whose move) from the open work; productised ones
     * (the library, Art. 7) and the unfiltered list from their lists. Words ({@code q}) match product name, title,
     * text or need.
     */
    public Page<TemplateView> templates(Optional<SolutionTemplate.Status> status, Optional<String> productCode,
                                        Optional<Department> awaiting, Optional<String> words, PageRequest page) {
        Optional<Pattern> text = words.map(String::strip).filter(w -> !w.isEmpty())
                .map(w -> Pattern.compile(Pattern.quote(w), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        if (status.filter(s -> s == SolutionTemplate.Status.PRODUCTISED).isPresent()) {
            if (awaiting.isPresent()) {
                return Page.of(List.of(), null);
            }
            String list = productCode.map(code -> LIBRARY + ":" + code).orElse(LIBRARY);
            return templates.list(list, view -> matches(view, text), page);
        }
        if (status.isPresent() || awaiting.isPresent()) {
            List<Bson> filters = new ArrayList<>();
            status.ifPresent(s -> filters.add(Filters.eq("status", s.name())));
            awaiting.ifPresent(d -> filters.add(Filters.eq("awaiting", d.name())));
            productCode.ifPresent(code -> filters.add(Filters.eq("productCode", code)));
            text.ifPresent(pattern -> filters.add(Filters.or(Filters.regex("productName", pattern),
                    Filters.regex("title", pattern), Filters.regex("content", pattern),
                    Filters.regex("need", pattern))));
            return templates.open(Filters.and(filters), Order.NEWEST_FIRST, page);
        }
        Predicate<TemplateView> ofProduct = view -> productCode.map(code -> code.equals(view.productCode)).orElse(true);
        return templates.list(ALL, view -> ofProduct.test(view) && matches(view, text), page);
    }

    private static boolean matches(TemplateView view, Optional<Pattern> text) {
        return text.map(pattern -> pattern.matcher(view.productName).find() || pattern.matcher(view.title).find()
                || pattern.matcher(view.content).find() || pattern.matcher(view.need).find()).orElse(true);
    }

    // ---- form 1 (Art. 8–16)

    public Optional<ConfirmationFormView> form(String formId) {
        return forms.find(formId);
    }

    /**
     * Forms 1, newest first. Open statuses and "whose move" come from the open work; a closed status walks its list
     * (or the customer's, for a customer), and no filter walks all forms (or the customer's).
     */
    public Page<ConfirmationFormView> forms(Optional<ConfirmationForm.Status> status, Optional<Department> awaiting,
                                            Optional<String> customerGroupId, PageRequest page) {
        return FORM_LISTS.page(forms, status, customerGroupId, awaiting.map(d -> Filters.eq("awaiting", d.name())),
                page);
    }

    /** The forms whose next move is the department's (Art. 8–16). */
    public Page<ConfirmationFormView> inbox(Department department, PageRequest page) {
        return forms.open(Filters.eq("awaiting", department.name()), Order.NEWEST_FIRST, page);
    }

    /** ENG's inbox (Art. 12, 14): the access points referred to it and not answered yet, oldest referral first. */
    public Page<ReferralView> openReferrals(PageRequest page) {
        return referrals.open(Filters.empty(), Order.OLDEST_FIRST, page);
    }
}
