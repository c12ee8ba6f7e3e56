package cn.cmcc.ah.gca.presale.query;

import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The pre-sale read models: {@code presale_products}, {@code presale_templates}, {@code presale_forms}. Kept by
 * {@link PresaleProjection} from the service's own event store; the queries of Art. 6–16 read them.
 */
@Repository
public class PresaleViews {

    /** The most a list returns. */
    public static final int MAX_LIMIT = 500;

    final ViewStore<ProductView> products;
    final ViewStore<TemplateView> templates;
    final ViewStore<ConfirmationFormView> forms;

    public PresaleViews(MongoDatabase gcaMongoDatabase, ObjectMapper objectMapper) {
        this.products = new ViewStore<>(gcaMongoDatabase, "presale_products", objectMapper, ProductView.class);
        this.templates = new ViewStore<>(gcaMongoDatabase, "presale_templates", objectMapper, TemplateView.class);
        this.forms = new ViewStore<>(gcaMongoDatabase, "presale_forms", objectMapper, ConfirmationFormView.class);
    }

    public Optional<ProductView> product(String productCode) {
        return products.find(productCode);
    }

    /** The catalogue, by product code. */
    public List<ProductView> products(Optional<Boolean> mature) {
        Bson filter = mature.map(m -> Filters.eq("mature", m)).orElse(Filters.empty());
        return products.find(filter, Sorts.ascending("_id"), MAX_LIMIT);
    }

    public Optional<TemplateView> template(String templateId) {
        return templates.find(templateId);
    }

    /**
     * Templates, newest first: by status, product, the department whose move it is, and words in the product name,
     * title or text. The template library (Art. 7) is {@code status = PRODUCTISED}.
     */
    public List<TemplateView> templates(Optional<String> status, Optional<String> productCode,
                                        Optional<String> awaiting, Optional<String> text, int limit) {
        List<Bson> filters = new ArrayList<>();
        status.ifPresent(s -> filters.add(Filters.eq("status", s)));
        productCode.ifPresent(p -> filters.add(Filters.eq("productCode", p)));
        awaiting.ifPresent(d -> filters.add(Filters.eq("awaiting", d)));
        text.filter(t -> !t.isBlank()).ifPresent(t -> {
            Pattern words = Pattern.compile(Pattern.quote(t.strip()), Pattern.CASE_INSENSITIVE);
            filters.add(Filters.or(Filters.regex("productName", words), Filters.regex("title", words),
                    Filters.regex("content", words), Filters.regex("need", words)));
        });
        return templates.find(and(filters), Sorts.descending("_id"), clamp(limit));
    }

    public Optional<ConfirmationFormView> form(String formId) {
        return forms.find(formId);
    }

    /** Forms 1, newest first: by status, by the department whose move it is, by customer. */
    public List<ConfirmationFormView> forms(Optional<String> status, Optional<String> awaiting,
                                            Optional<String> customerGroupId, int limit) {
        List<Bson> filters = new ArrayList<>();
        status.ifPresent(s -> filters.add(Filters.eq("status", s)));
        awaiting.ifPresent(d -> filters.add(Filters.eq("awaiting", d)));
        customerGroupId.ifPresent(c -> filters.add(Filters.eq("customerGroupId", c)));
        return forms.find(and(filters), Sorts.descending("_id"), clamp(limit));
    }

    /** The ENG inbox (Art. 12, 14): every access point whose referral waits for ENG, oldest referral first. */
    public List<OpenReferral> openReferrals(int limit) {
        List<OpenReferral> referrals = new ArrayList<>();
        for (ConfirmationFormView form : forms.find(Filters.gt("openReferrals", 0), Sorts.ascending("_id"),
                MAX_LIMIT)) {
            for (PointView point : form.points) {
                if (point.referral == PointView.Referral.OPEN) {
                    referrals.add(new OpenReferral(form.formId, form.request, point.point, point.referredNeeds,
                            point.referredAt));
                }
            }
        }
        referrals.sort(Comparator.comparing(OpenReferral::referredAt));
        return referrals.subList(0, Math.min(referrals.size(), clamp(limit)));
    }

    /**
     * An access point referred to ENG and not answered yet.
     *
     * @param needs the segments ENG is asked about, as CSSC assessed them
     */
    public record OpenReferral(String formId, ResourceRequest request, AccessPoint point,
                               List<SegmentAssessment> needs, Instant referredAt) {
    }

    private static Bson and(List<Bson> filters) {
        return filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
