package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.ProductMaturityChanged;
import cn.cmcc.ah.gca.events.presale.ProductRegistered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;
import static cn.cmcc.ah.gca.presale.command.Rejections.forbidden;

/** The product catalogue: mature products get a solution directly (Art. 6), others a template first (Art. 7). */
class ProductTest {

    private static final Instant REGISTERED_AT = Instant.parse("2026-01-05T01:00:00Z");
    private static final Instant CHANGED_AT = Instant.parse("2026-06-01T02:00:00Z");

    private AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
    }

    private static RegisterProduct register(String code, String name, boolean mature, Department by) {
        return new RegisterProduct(code, name, mature, by, REGISTERED_AT);
    }

    @Test
    void art6_anAdministratorRegistersAMatureProduct() {
        fixture.givenNoPriorActivity()
                .when(register("DIA", "互联网专线", true, Department.ADMIN))
                .expectEvents(new ProductRegistered("DIA", "互联网专线", true, REGISTERED_AT));
    }

    @Test
    void art7_gcdRegistersANonMatureProduct() {
        fixture.givenNoPriorActivity()
                .when(register("OTN", " OTN精品专线 ", false, Department.GCD))
                .expectEvents(new ProductRegistered("OTN", "OTN精品专线", false, REGISTERED_AT));
    }

    @Test
    void art6_refusesARegistrationByCssc() {
        fixture.givenNoPriorActivity()
                .when(register("DIA", "互联网专线", true, Department.CSSC))
                .expectNoEvents()
                .expectException(forbidden("Art. 6", Department.ADMIN, Department.GCD));
    }

    @Test
    void art6_refusesAProductWithoutName() {
        fixture.givenNoPriorActivity()
                .when(register("DIA", " ", true, Department.ADMIN))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.PRODUCT_NAME_REQUIRED));
    }

    @Test
    void art6_gcdMarksAProductMatureWithTheReason() {
        fixture.given(new ProductRegistered("OTN", "OTN精品专线", false, REGISTERED_AT))
                .when(new ChangeProductMaturity("OTN", true, "模板库已有两址互联模板", Department.GCD, CHANGED_AT))
                .expectEvents(new ProductMaturityChanged("OTN", "OTN精品专线", true, "模板库已有两址互联模板", CHANGED_AT));
    }

    @Test
    void art7_anAdministratorMarksAProductNoLongerMatureWithoutReason() {
        fixture.given(new ProductRegistered("DIA", "互联网专线", true, REGISTERED_AT))
                .when(new ChangeProductMaturity("DIA", false, null, Department.ADMIN, CHANGED_AT))
                .expectEvents(new ProductMaturityChanged("DIA", "互联网专线", false, "", CHANGED_AT));
    }

    @Test
    void art6_settingTheMaturityAProductAlreadyHasChangesNothing() {
        fixture.given(new ProductRegistered("DIA", "互联网专线", true, REGISTERED_AT))
                .when(new ChangeProductMaturity("DIA", true, "再次确认", Department.GCD, CHANGED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void art6_refusesAMaturityChangeByEng() {
        fixture.given(new ProductRegistered("OTN", "OTN精品专线", false, REGISTERED_AT))
                .when(new ChangeProductMaturity("OTN", true, null, Department.ENG, CHANGED_AT))
                .expectNoEvents()
                .expectException(forbidden("Art. 6", Department.ADMIN, Department.GCD));
    }
}
