package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.decommission.CircuitStatusChanged;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.fault.command.CircuitOnRecord;
import cn.cmcc.ah.gca.support.query.ViewStores;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Provisioning's and decommission's circuit events into fault-service's view of circuits, as plain objects. */
class CircuitProjectionTest {

    private static final String CIRCUIT = "CL-2026-000042";
    private static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    private MongoClient client;
    private CircuitQueries views;
    private CircuitProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestInfrastructure.embedded().mongoUri());
        views = new CircuitQueries(ViewStores.unfenced(client.getDatabase("fault-circuits-" + UUID.randomUUID()),
                Jackson2ObjectMapperBuilder.json().build()));
        projection = new CircuitProjection(views);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static CircuitActivated activated(CustomerRef customer) {
        return new CircuitActivated(CIRCUIT, customer, new ProductRef("DIA", "互联网专线", ""), 100,
                new AccessPoint("P1", "合肥市蜀山区长江西路689号", "蜀山区"), List.of(), "RD-2026-000042",
                "RC-2026-000042", AT);
    }

    private static CircuitStatusChanged changed(CircuitStatus status, int minutes) {
        return new CircuitStatusChanged(CIRCUIT, status, "SR-2026-000001", "客户申请", AT.plusSeconds(60L * minutes));
    }

    @Test
    void art21_aCircuitIsKnownFromItsActivation_withTheCustomerAndLevelProvisioningGaveIt() {
        assertThat(views.circuit(CIRCUIT)).isEmpty();

        projection.on(activated(CUSTOMER), 0);

        CircuitView circuit = views.circuit(CIRCUIT).orElseThrow();
        assertThat(circuit.onRecord()).isEqualTo(new CircuitOnRecord(CIRCUIT, CUSTOMER, CircuitStatus.IN_SERVICE));
        assertThat(circuit.product.name()).isEqualTo("互联网专线");
        assertThat(circuit.point.address()).isEqualTo("合肥市蜀山区长江西路689号");
        assertThat(circuit.demandFormId).isEqualTo("RD-2026-000042");
        assertThat(circuit.confirmationFormId).isEqualTo("RC-2026-000042");
        assertThat(circuit.activatedAt).isEqualTo(AT);
        assertThat(circuit.statusChangedAt).isNull();
    }

    @Test
    void art32_34_theLatestStatusChangeByItsSequenceIsTheStatus_aRedeliveredOrLateOneChangesNothing() {
        projection.on(activated(CUSTOMER), 0);
        projection.on(changed(CircuitStatus.SUSPENDED, 1), 0);
        assertThat(views.circuit(CIRCUIT).orElseThrow().status).isEqualTo(CircuitStatus.SUSPENDED);

        projection.on(changed(CircuitStatus.IN_SERVICE, 2), 1);
        projection.on(changed(CircuitStatus.SUSPENDED, 1), 0);
        CircuitView resumed = views.circuit(CIRCUIT).orElseThrow();
        assertThat(resumed.status).isEqualTo(CircuitStatus.IN_SERVICE);
        assertThat(resumed.statusChangedAt).isEqualTo(AT.plusSeconds(120));
        assertThat(resumed.statusFormId).isEqualTo("SR-2026-000001");

        projection.on(changed(CircuitStatus.STOPPED, 3), 2);
        projection.on(activated(new CustomerRef("5519999999", "别人", ServiceLevel.AAA)), 0);
        CircuitView stopped = views.circuit(CIRCUIT).orElseThrow();
        assertThat(stopped.status).isEqualTo(CircuitStatus.STOPPED);
        assertThat(stopped.customer).as("a redelivered activation changes nothing").isEqualTo(CUSTOMER);
    }

    @Test
    void aStatusChangeConsumedBeforeTheActivationStillCounts() {
        projection.on(changed(CircuitStatus.SUSPENDED, 1), 0);
        assertThat(views.circuit(CIRCUIT)).as("unknown until activated").isEmpty();

        projection.on(activated(CUSTOMER), 0);

        assertThat(views.circuit(CIRCUIT).orElseThrow().status).isEqualTo(CircuitStatus.SUSPENDED);
    }

    @Test
    void aResetForgetsEveryCircuitForAReplay() {
        projection.on(activated(CUSTOMER), 0);
        projection.on(changed(CircuitStatus.STOPPED, 1), 0);

        projection.reset();
        projection.on(activated(CUSTOMER), 0);

        assertThat(views.circuit(CIRCUIT).orElseThrow().status).isEqualTo(CircuitStatus.IN_SERVICE);
    }
}
