using CyberPartnerships.Functions.Mou;

namespace CyberPartnerships.Functions.Tests.Mou;

/// <summary>The shell declares the case and approval routes the core's handlers are tested on.</summary>
public sealed class CaseRouteTests
{
    [Theory]
    [InlineData(nameof(CasesFunctions.OpenCase), "POST", "/api/cases")]
    [InlineData(nameof(CasesFunctions.ListCases), "GET", "/api/cases")]
    [InlineData(nameof(CasesFunctions.GetCase), "GET", "/api/cases/{id}")]
    [InlineData(nameof(CasesFunctions.AttachAnalysis), "POST", "/api/cases/{id}/analysis")]
    [InlineData(nameof(CasesFunctions.RecordEnforcement), "POST", "/api/cases/{id}/enforcement")]
    [InlineData(nameof(CasesFunctions.ShowApproval), "GET", "/api/approvals/{token}")]
    [InlineData(nameof(CasesFunctions.DecideApproval), "POST", "/api/approvals/{token}")]
    public void Case_route_is_served_by_its_function(string function, string method, string route)
    {
        Assert.Contains((function, method, route), RouteTests.HttpFunctions());
    }
}
