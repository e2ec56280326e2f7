using LeagueApp.Frontend.Backends;

namespace LeagueApp.Tests;

// Where the other frontends reach this one: plain logic over the server's bound addresses.
public sealed class PeerAddressTests
{
    [Theory]
    [InlineData("http://localhost:5123", "http://localhost:5123")]
    [InlineData("http://127.0.0.1:5123", "http://127.0.0.1:5123")]
    [InlineData("http://[::1]:5123", "http://[::1]:5123")]
    public void On_a_developers_machine_it_is_the_loopback_address_the_server_is_bound_to(string bound, string expected) =>
        Assert.Equal(expected, PeerAddress.Find([bound], podIp: null));

    [Theory]
    [InlineData("http://[::]:8080")]
    [InlineData("http://+:8080")]
    [InlineData("http://*:8080")]
    [InlineData("http://0.0.0.0:8080")]
    public void In_the_cluster_it_is_the_pods_ip_on_the_servers_port(string bound) =>
        Assert.Equal("http://10.8.1.7:8080", PeerAddress.Find([bound], podIp: "10.8.1.7"));

    [Fact]
    public void Https_is_passed_over_for_plain_http()
    {
        Assert.Equal("http://localhost:5124", PeerAddress.Find(["https://localhost:7001", "http://localhost:5124"], podIp: null));
    }

    [Fact]
    public void An_address_on_every_interface_without_the_pods_ip_gives_none_rather_than_a_guess()
    {
        Assert.Null(PeerAddress.Find(["http://[::]:8080", "http://192.168.1.5:8080"], podIp: null));
    }
}
