using System.Security.Cryptography;
using FluentAssertions;
using Graph.Users.Security;
using Xunit;

namespace Graph.Users.Tests.Domain;

public sealed class SigningKeyTests
{
    [Fact]
    public void A_Configured_Pem_Key_Should_Be_Named_By_Its_Rfc_7638_Thumbprint()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        using var key = SigningKey.FromPem(ec.ExportPkcs8PrivateKeyPem());

        // RFC 7638 section 3.1: the thumbprint is stable for the key, whatever its encoding.
        using var again = SigningKey.FromPem(ec.ExportECPrivateKeyPem());
        key.Kid.Should().Be(again.Kid).And.HaveLength(43);
        key.PublicJwk.Kid.Should().Be(key.Kid);
        key.PublicJwk.Crv.Should().Be("P-256");
    }

    [Fact]
    public void A_Key_On_Another_Curve_Should_Be_Refused()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        var load = () => SigningKey.FromPem(ec.ExportPkcs8PrivateKeyPem());

        load.Should().Throw<InvalidOperationException>().WithMessage("*P-256*");
    }
}
