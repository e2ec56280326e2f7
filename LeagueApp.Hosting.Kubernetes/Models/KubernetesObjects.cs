using System.Reflection;
using k8s;
using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

internal static class KubernetesObjects
{
    /// <summary>Sets the apiVersion and kind that KubernetesClient's model of <typeparamref name="T"/> declares, so that no object spells them by hand.</summary>
    public static T WithTypeMeta<T>(this T item)
        where T : IKubernetesObject
    {
        var entity = typeof(T).GetCustomAttribute<KubernetesEntityAttribute>()
            ?? throw new ArgumentException($"{typeof(T).Name} is not a KubernetesClient model of a kind.", nameof(item));
        item.ApiVersion = entity.Group.Length == 0 ? entity.ApiVersion : $"{entity.Group}/{entity.ApiVersion}";
        item.Kind = entity.Kind;
        return item;
    }
}
