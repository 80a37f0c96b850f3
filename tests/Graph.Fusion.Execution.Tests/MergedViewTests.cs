using System.Buffers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Graph.Fusion.Execution.Execution;
using Xunit;

namespace Graph.Fusion.Execution.Tests;

/// <summary>
/// The merged data reads as the deep merge of every fetch's answer in the order they were merged: objects by key,
/// lists of the same length item by item, anything else replaced by the later value.
/// </summary>
public sealed class MergedViewTests
{
    private static string Written(MergedView view)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            view.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static JsonElement Json(string text) => JsonElement.Parse(text);

    [Fact]
    public void Root_Answers_Should_Merge_Objects_By_Key_And_Let_A_Later_Leaf_Win()
    {
        var state = new FetchState([], new Graph.Execution.OperationRequest());
        state.Merge(state.Root, Json("""{"a":{"x":1,"y":1},"b":"first","c":[1,2]}"""));
        state.Merge(state.Root, Json("""{"a":{"y":2,"z":2},"b":"second","c":[3]}"""));

        Written(state.Data).Should().Be("""{"a":{"x":1,"y":2,"z":2},"b":"second","c":[3]}""");
    }

    [Fact]
    public void A_Later_Null_Should_Replace_An_Object_And_A_Later_Object_Should_Replace_A_Null()
    {
        var state = new FetchState([], new Graph.Execution.OperationRequest());
        state.Merge(state.Root, Json("""{"a":{"x":1},"b":null}"""));
        state.Merge(state.Root, Json("""{"a":null,"b":{"y":1}}"""));

        Written(state.Data).Should().Be("""{"a":null,"b":{"y":1}}""");
    }

    [Fact]
    public void Lists_Of_The_Same_Length_Should_Merge_Object_Items_And_Keep_The_Earlier_Other_Items()
    {
        var state = new FetchState([], new Graph.Execution.OperationRequest());
        state.Merge(state.Root, Json("""{"list":[{"id":1},"kept",{"id":3}]}"""));
        state.Merge(state.Root, Json("""{"list":[{"name":"one"},"ignored",null]}"""));

        Written(state.Data).Should().Be("""{"list":[{"id":1,"name":"one"},"kept",{"id":3}]}""");
    }

    [Fact]
    public void A_Fragment_Attached_To_An_Entity_In_A_List_Should_Merge_Into_That_Entity_Only()
    {
        var state = new FetchState([], new Graph.Execution.OperationRequest());
        state.Merge(state.Root, Json("""{"products":[{"id":"p1"},{"id":"p2"}]}"""));
        var shared = Json("""{"rating":5,"id":"p2"}""");
        state.Merge(state.Root.Property("products").Item(1), shared);

        Written(state.Data).Should().Be("""{"products":[{"id":"p1"},{"id":"p2","rating":5}]}""");
    }

    [Fact]
    public void A_Fragment_Attached_Below_Another_Fragment_Should_Merge_After_It()
    {
        var state = new FetchState([], new Graph.Execution.OperationRequest());
        state.Merge(state.Root, Json("""{"product":{"id":"p1"}}"""));
        state.Merge(state.Root.Property("product"), Json("""{"reviews":[{"author":{"id":"u1"}}]}"""));
        state.Merge(state.Root.Property("product").Property("reviews").Item(0).Property("author"), Json("""{"name":"Ada"}"""));

        Written(state.Data).Should().Be("""{"product":{"id":"p1","reviews":[{"author":{"id":"u1","name":"Ada"}}]}}""");
    }
}
